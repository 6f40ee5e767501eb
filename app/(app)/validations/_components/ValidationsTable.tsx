"use client";

import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatDateTimeParis, formatIsoDate } from "@/lib/dates";
import type { ValidationQueueRow } from "@/lib/resultats/validation-queue";

export type ValidationRow = ValidationQueueRow & { attente: string };

const columns: DataTableColumn<ValidationRow>[] = [
  { id: "numero", header: "Numéro", accessorKey: "numero", cell: ({ row }) => <Link href={`/validations/${row.original.id}`}>{row.original.numero}</Link> },
  { id: "centre", header: "Centre", enableSorting: false, accessorKey: "centreRaisonSociale" },
  { id: "titre", header: "Titre", enableSorting: false, accessorFn: (r) => `${r.titreCode} ${r.titreIntitule}${r.type === "ccp" ? " (session CCP)" : ""}` },
  { id: "dateDebut", header: "Dates", accessorFn: (r) => (r.dateFin === r.dateDebut ? formatIsoDate(r.dateDebut) : `du ${formatIsoDate(r.dateDebut)} au ${formatIsoDate(r.dateFin)}`) },
  { id: "candidats", header: "Candidats", enableSorting: false, accessorKey: "candidatsCount" },
  { id: "titres", header: "Titres obtenus", enableSorting: false, accessorKey: "titresObtenus" },
  {
    id: "transmiseAt",
    header: "En attente",
    accessorKey: "attente",
    cell: ({ row }) => (
      <>
        {row.original.attente}
        <span className="fr-hint-text fr-mb-0">transmise le {formatDateTimeParis(row.original.transmiseAt)}</span>
      </>
    ),
  },
];

type Props = { rows: ValidationRow[]; total: number; totalIsLowerBound: boolean; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function ValidationsTable(props: Props) {
  return (
    <DataTable
      caption="Sessions à valider"
      columns={columns}
      data={props.rows}
      total={props.total}
      totalIsLowerBound={props.totalIsLowerBound}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      emptyState={<p>Aucune session n&apos;attend de validation dans votre périmètre.</p>}
    />
  );
}
