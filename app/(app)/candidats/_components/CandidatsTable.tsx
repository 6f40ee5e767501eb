"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatIsoDate } from "@/lib/dates";
import { nomComplet } from "@/lib/candidats/display";
import type { CandidatListRow } from "@/lib/candidats/queries";

const columns: DataTableColumn<CandidatListRow>[] = [
  { id: "nom", header: "Nom et prénoms", accessorFn: nomComplet, cell: ({ row }) => <Link href={`/candidats/${row.original.id}`}>{nomComplet(row.original)}</Link> },
  { id: "naissance", header: "Date de naissance", accessorFn: (row) => formatIsoDate(row.dateNaissance) },
  { id: "lieu", header: "Lieu de naissance", accessorFn: (row) => row.naissanceCommuneNom ?? row.naissanceVille ?? "—", enableSorting: false },
  { id: "residence", header: "Commune de résidence", accessorFn: (row) => row.residenceCommuneNom ?? "—", enableSorting: false },
  { id: "inscriptions", header: "Inscriptions", accessorFn: (row) => row.inscriptions, enableSorting: false },
];

type Props = { rows: CandidatListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function CandidatsTable(props: Props) {
  return (
    <DataTable
      caption="Liste des candidats"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      emptyState={<p>Aucun candidat ne correspond à ces critères. Modifiez ou effacez les filtres.</p>}
    />
  );
}
