"use client";

import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/data-table/DataTable";
import { roleLabels } from "@/lib/auth/current-user";
import { formatDateTimeParis } from "@/lib/dates";
import type { UserListRow } from "@/lib/users/queries";

export function perimetreOf(row: Pick<UserListRow, "role" | "regionNom" | "departementNom" | "centreNom">): string {
  if (row.role === "centre") return row.centreNom ?? "";
  if (row.role === "regional") return row.departementNom ? `${row.regionNom} — UD ${row.departementNom}` : (row.regionNom ?? "");
  return "National";
}

const columns: DataTableColumn<UserListRow>[] = [
  {
    id: "nom",
    header: "Nom",
    accessorFn: (row) => `${row.nom} ${row.prenom}`,
    cell: ({ row }) => (
      <Link href={`/utilisateurs/${row.original.id}`}>
        {row.original.nom} {row.original.prenom}
      </Link>
    ),
  },
  { id: "email", header: "Adresse électronique", accessorKey: "email" },
  { id: "role", header: "Rôle", accessorFn: (row) => roleLabels[row.role] },
  { id: "perimetre", header: "Périmètre", accessorFn: perimetreOf },
  {
    id: "statut",
    header: "Statut",
    accessorFn: (row) => (row.active ? "Actif" : "Désactivé"),
    cell: ({ row }) =>
      row.original.active ? (
        <Badge severity="success" small noIcon>
          Actif
        </Badge>
      ) : (
        <Badge severity="error" small noIcon>
          Désactivé
        </Badge>
      ),
  },
  {
    id: "derniereConnexion",
    header: "Dernière connexion",
    accessorFn: (row) => (row.lastLoginAt ? formatDateTimeParis(row.lastLoginAt) : "Jamais"),
  },
];

type Props = { rows: UserListRow[]; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function UsersTable(props: Props) {
  return (
    <DataTable
      caption="Liste des utilisateurs"
      columns={columns}
      data={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      getRowId={(row) => row.id}
      exportHref="/utilisateurs/export"
      emptyState={<p>Aucun utilisateur ne correspond à ces critères. Modifiez ou effacez les filtres.</p>}
    />
  );
}
