"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import type { DepartementListRow } from "@/lib/territoires/queries";

const columns: DataTableColumn<DepartementListRow>[] = [
  { id: "code", header: "Code", accessorKey: "code" },
  {
    id: "nom",
    header: "Département",
    accessorKey: "nom",
    cell: ({ row }) => <Link href={`/referentiels/territoires/${row.original.code}`}>{row.original.nom}</Link>,
  },
  { id: "region", header: "Région", accessorKey: "regionNom" },
  { id: "ud", header: "Unité départementale", accessorKey: "udNom", enableSorting: false },
  { id: "udCommune", header: "Commune de l'UD (lieu de délivrance)", accessorFn: (row) => row.udCommuneNom ?? "Non renseignée" },
];

type Props = { rows: DepartementListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function DepartementsTable(props: Props) {
  return (
    <DataTable
      caption="Départements et commune de leur UD"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.code}
      exportHref="/referentiels/territoires/export"
      emptyState={<p>Aucun département ne correspond à ces critères. Modifiez ou effacez les filtres.</p>}
    />
  );
}
