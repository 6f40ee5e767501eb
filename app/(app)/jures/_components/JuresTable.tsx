"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatIsoDate } from "@/lib/dates";
import { mentionNaissance, nomPrenoms } from "@/lib/jures/display";
import type { JureListRow } from "@/lib/jures/queries";

const columns: DataTableColumn<JureListRow>[] = [
  {
    id: "nom",
    header: "Nom",
    accessorFn: nomPrenoms,
    cell: ({ row }) => (
      <>
        <Link href={`/jures/${row.original.id}`}>{nomPrenoms(row.original)}</Link>
        {mentionNaissance(row.original) && <span className="fr-text--sm"> ({mentionNaissance(row.original)})</span>}
      </>
    ),
  },
  { id: "naissance", header: "Date de naissance", accessorFn: (row) => formatIsoDate(row.dateNaissance) },
  { id: "commune", header: "Commune de résidence", accessorFn: (row) => `${row.communeNom} (${row.departementCode})` },
  { id: "habilitations", header: "Habilitations", accessorFn: (row) => row.habilitations },
  { id: "email", header: "Adresse électronique", accessorFn: (row) => row.email ?? "—", enableSorting: false },
];

type Props = { rows: JureListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function JuresTable(props: Props) {
  return (
    <DataTable
      caption="Liste des jurés"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      emptyState={<p>Aucun juré ne correspond à ces critères. Modifiez ou effacez les filtres.</p>}
    />
  );
}
