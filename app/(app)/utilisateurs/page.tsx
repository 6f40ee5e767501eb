import type { Metadata } from "next";
import Link from "next/link";
import { TableFilters } from "@/components/data-table/TableFilters";
import { roleLabels } from "@/lib/auth/current-user";
import { requireRole } from "@/lib/auth/auth-session";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { listTerritoryOptions, listUsersForUser, userListSpec } from "@/lib/users/queries";
import { UsersTable } from "./_components/UsersTable";

export const metadata: Metadata = { title: "Utilisateurs" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("national");
  const params = parseListParams(await searchParams, userListSpec);
  const [{ rows, total }, territories] = await Promise.all([listUsersForUser(user, params), listTerritoryOptions()]);
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Utilisateurs</h1>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/utilisateurs/nouveau">
          Créer un utilisateur
        </Link>
      </div>
      <TableFilters
        action="/utilisateurs"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Nom ou adresse électronique" },
          { type: "select", name: "role", label: "Rôle", options: Object.entries(roleLabels).map(([value, label]) => ({ value, label })) },
          { type: "select", name: "region", label: "Région", options: territories.regions.map((r) => ({ value: r.code, label: r.nom })) },
          { type: "select", name: "statut", label: "Statut", options: [{ value: "actif", label: "Actif" }, { value: "inactif", label: "Désactivé" }] },
        ]}
      />
      <UsersTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
