"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatIsoDate } from "@/lib/dates";
import type { DoublonListRow } from "@/lib/candidats/merge/queries";

type Identity = DoublonListRow["a"];

function Identite({ c }: { c: Identity }) {
  return (
    <>
      <strong>{c.nomNaissance}</strong>
      {c.nomUsage ? ` (${c.nomUsage})` : ""} {c.prenoms}
      <br />
      <span className="fr-text--sm">
        né(e) le {formatIsoDate(c.dateNaissance)} à {c.naissanceCommuneNom ?? c.naissanceVille ?? "—"}
      </span>
    </>
  );
}

const columns: DataTableColumn<DoublonListRow>[] = [
  { id: "a", header: "Première fiche", accessorFn: (r) => r.a.nomNaissance, cell: ({ row }) => <Identite c={row.original.a} />, enableSorting: false },
  { id: "b", header: "Seconde fiche", accessorFn: (r) => r.b.nomNaissance, cell: ({ row }) => <Identite c={row.original.b} />, enableSorting: false },
  {
    id: "score",
    header: "Score",
    accessorFn: (r) => r.score,
    cell: ({ row }) => (
      <Link href={`/candidats/doublons/${row.original.id}`}>
        {Math.round(row.original.score * 100)} %<span className="fr-sr-only"> : comparer les fiches {row.original.a.nomNaissance} et {row.original.b.nomNaissance}</span>
      </Link>
    ),
  },
  { id: "naissance", header: "Date de naissance", accessorFn: (r) => formatIsoDate(r.a.dateNaissance) },
  {
    id: "raisons",
    header: "Raisons",
    accessorFn: (r) => r.raisons.join(", "),
    cell: ({ row }) => (
      <ul className="fr-text--sm fr-mb-0">
        {row.original.raisons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    ),
    enableSorting: false,
  },
];

type Props = { rows: DoublonListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function DoublonsTable(props: Props) {
  return (
    <DataTable
      caption="Paires de fiches à examiner"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      emptyState={<p>Aucune paire à examiner ne correspond à ces critères.</p>}
    />
  );
}
