"use client";

import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import type { NsfListRow } from "@/lib/nsf/queries";
import { nsfNiveauLabels } from "@/lib/nsf/labels";

const columns: DataTableColumn<NsfListRow>[] = [
  { id: "code", header: "Code", accessorKey: "code" },
  { id: "libelle", header: "Libellé", accessorKey: "libelle" },
  { id: "niveau", header: "Niveau", accessorFn: (row) => nsfNiveauLabels[row.niveau] ?? row.niveau },
  { id: "parent", header: "Rattaché à", accessorFn: (row) => row.parentCode ?? "—", enableSorting: false },
];

type Props = { rows: NsfListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function NsfTable(props: Props) {
  return (
    <DataTable
      caption="Codes de la nomenclature NSF"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.code}
      exportHref="/referentiels/nsf/export"
      emptyState={<p>Aucun code NSF ne correspond à ces critères. Modifiez ou effacez les filtres.</p>}
    />
  );
}
