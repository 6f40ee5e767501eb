"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatIsoDate } from "@/lib/dates";
import type { TitreListRow } from "@/lib/titres/queries";
import { MissingBadge, StateBadge } from "./badges";

const columns: DataTableColumn<TitreListRow>[] = [
  {
    id: "code",
    header: "Code",
    accessorKey: "code",
    cell: ({ row }) => (
      <Link href={`/titres/${row.original.id}`} className="ceres-nowrap">
        {row.original.code}
      </Link>
    ),
  },
  {
    id: "intitule",
    header: "Intitulé",
    accessorKey: "intitule",
    cell: ({ row }) => (
      <div className="ceres-multiline">
        {row.original.intitule}
        {row.original.sigle && <span className="fr-text--sm"> ({row.original.sigle})</span>}
        {row.original.manquants.length > 0 && (
          <>
            <br />
            <MissingBadge missing={row.original.manquants} />
          </>
        )}
      </div>
    ),
  },
  { id: "niveau", header: "Niveau", accessorFn: (row) => row.niveau ?? "—" },
  {
    id: "nsf",
    header: "NSF",
    accessorFn: (row) => row.nsfCode ?? "—",
    cell: ({ row }) => (row.original.nsfCode ? <abbr title={row.original.nsfLibelle ?? undefined}>{row.original.nsfCode}</abbr> : "—"),
  },
  { id: "version", header: "Version en cours", accessorFn: (row) => row.versionLabel ?? "Aucune version" },
  { id: "finDeVie", header: "Fin de vie", accessorFn: (row) => (row.finDeVie ? formatIsoDate(row.finDeVie) : "—") },
  {
    id: "etat",
    header: "État",
    accessorFn: (row) => row.etat ?? "",
    cell: ({ row }) => (row.original.etat ? <StateBadge state={row.original.etat} /> : "—"),
  },
];

type Props = { rows: TitreListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function TitresTable(props: Props) {
  return (
    <DataTable
      caption="Liste des titres professionnels"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      exportHref="/titres/export"
      emptyState={<p>Aucun titre ne correspond à ces critères. Modifiez ou effacez les filtres.</p>}
    />
  );
}
