"use client";

import { Tag } from "@codegouvfr/react-dsfr/Tag";
import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import type { CentreListRow } from "@/lib/centres/list-query";

const columns: DataTableColumn<CentreListRow>[] = [
  {
    id: "raisonSociale",
    header: "Raison sociale",
    accessorKey: "raisonSociale",
    cell: ({ row }) => <Link href={`/centres/${row.original.id}`}>{row.original.raisonSociale}</Link>,
  },
  { id: "siret", header: "SIRET", accessorKey: "siret" },
  { id: "commune", header: "Commune", accessorFn: (r) => `${r.codePostal} ${r.communeNom}` },
  { id: "departement", header: "Département", accessorFn: (r) => `${r.departementCode} — ${r.departementNom}` },
  { id: "type", header: "Type", accessorFn: (r) => r.typeCentre ?? "-" },
  {
    id: "reseaux",
    header: "Réseaux",
    enableSorting: false,
    accessorFn: (r) => r.reseaux.join(", "),
    cell: ({ row }) => (
      <ul className="fr-tags-group">
        {row.original.reseaux.map((r) => (
          <li key={r}>
            <Tag small>{r}</Tag>
          </li>
        ))}
      </ul>
    ),
  },
];

type Props = { rows: CentreListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function CentresTable(props: Props) {
  return (
    <DataTable
      caption="Liste des centres"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      exportHref="/centres/export"
      emptyState={<p>Aucun centre ne correspond à ces critères dans votre périmètre. Modifiez ou effacez les filtres.</p>}
    />
  );
}
