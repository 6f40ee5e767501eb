"use client";

import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { formatIsoDate } from "@/lib/dates";
import type { SessionListRow } from "@/lib/sessions/list-query";
import { sessionStatutLabels } from "@/lib/sessions/transitions";

const severity: Record<SessionListRow["statut"], "info" | "success" | "error" | "new" | "warning"> = {
  brouillon: "new",
  declaree: "info",
  jury_constitue: "info",
  resultats_saisis: "info",
  transmise: "warning",
  validee: "success",
  annulee: "error",
};

const columns: DataTableColumn<SessionListRow>[] = [
  {
    id: "numero",
    header: "Numéro",
    accessorKey: "numero",
    cell: ({ row }) => <Link href={`/sessions/${row.original.id}`}>{row.original.numero}</Link>,
  },
  { id: "titre", header: "Titre", enableSorting: false, accessorFn: (r) => `${r.titreCode} ${r.titreIntitule}${r.type === "ccp" ? " (session CCP)" : ""}` },
  { id: "centre", header: "Centre", enableSorting: false, accessorKey: "centreRaisonSociale" },
  { id: "site", header: "Site", enableSorting: false, accessorFn: (r) => `${r.siteLibelle} (${r.siteCommuneNom})` },
  { id: "dateDebut", header: "Dates", accessorFn: (r) => (r.dateFin === r.dateDebut ? formatIsoDate(r.dateDebut) : `du ${formatIsoDate(r.dateDebut)} au ${formatIsoDate(r.dateFin)}`) },
  {
    id: "statut",
    header: "Statut",
    enableSorting: false,
    accessorFn: (r) => sessionStatutLabels[r.statut],
    cell: ({ row }) => (
      <Badge small noIcon severity={severity[row.original.statut]}>
        {sessionStatutLabels[row.original.statut]}
      </Badge>
    ),
  },
  { id: "candidats", header: "Candidats inscrits", enableSorting: false, accessorKey: "candidatsCount" },
  { id: "jures", header: "Jurés convoqués", enableSorting: false, accessorKey: "jurorsCount" },
];

type Props = { rows: SessionListRow[]; total: number; totalIsLowerBound?: boolean; page: number; pageSize: number; sort: string; dir: "asc" | "desc"; aTraiter: boolean };

export function SessionsTable(props: Props) {
  return (
    <DataTable
      caption={props.aTraiter ? "Sessions à traiter" : "Liste des sessions"}
      columns={columns}
      data={props.rows}
      total={props.total}
      totalIsLowerBound={props.totalIsLowerBound}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      exportHref="/sessions/export"
      emptyState={
        <p>{props.aTraiter ? "Aucune session à traiter pour le moment." : "Aucune session ne correspond à ces critères dans votre périmètre. Modifiez ou effacez les filtres."}</p>
      }
    />
  );
}
