import type { Metadata } from "next";
import Link from "next/link";
import { TableFilters, type FilterField } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { listTitreOptions } from "@/lib/centres/options";
import { listSessionsForUser, sessionListSpec, VUE_A_TRAITER } from "@/lib/sessions/list-query";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { parseListParams, withParams, type SearchParams } from "@/lib/table/list-params";
import { listTerritoryOptions } from "@/lib/users/queries";
import { SessionsTable } from "./_components/SessionsTable";

export const metadata: Metadata = { title: "Sessions" };

const A_TRAITER_AIDE = {
  centre: "Vos brouillons à déclarer et vos sessions déclarées dont le jury n'est pas encore constitué (deux jurés au moins).",
  regional: "Les sessions transmises par les centres, à valider.",
  national: "Les sessions transmises par les centres, à valider.",
} as const;

export default async function SessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = parseListParams(await searchParams, sessionListSpec);
  const aTraiter = params.filters.vue === VUE_A_TRAITER;
  const [{ rows, total, totalIsLowerBound }, titres, territories] = await Promise.all([listSessionsForUser(user, params), listTitreOptions(), user.role === "centre" ? null : listTerritoryOptions()]);
  const departements = (territories?.departements ?? []).filter((d) => user.role === "national" || (user.role === "regional" && !user.departementCode && d.regionCode === user.regionCode));
  const fields: FilterField[] = [
    { type: "select", name: "statut", label: "Statut", options: Object.entries(sessionStatutLabels).map(([value, label]) => ({ value, label })) },
    { type: "select", name: "titre", label: "Titre", options: titres.map((t) => ({ value: t.id, label: `${t.code} — ${t.intitule}` })) },
    ...(user.role === "centre" ? [] : [{ type: "search" as const, name: "centre", label: "Centre (nom ou SIRET)" }]),
    { type: "date", name: "du", label: "Du" },
    { type: "date", name: "au", label: "Au" },
    ...(departements.length ? [{ type: "select" as const, name: "departement", label: "Département", options: departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` })) }] : []),
  ];
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">{aTraiter ? "Sessions à traiter" : "Sessions"}</h1>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/sessions/nouvelle">
          Créer une session
        </Link>
      </div>
      <nav aria-label="Vues de la liste des sessions" className="fr-mb-2w">
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Link className={`fr-btn fr-btn--sm ${aTraiter ? "fr-btn--tertiary" : ""}`} href="/sessions" aria-current={aTraiter ? undefined : "page"}>
              Toutes les sessions
            </Link>
          </li>
          <li>
            <Link className={`fr-btn fr-btn--sm ${aTraiter ? "" : "fr-btn--tertiary"}`} href={`/sessions${withParams("", { vue: VUE_A_TRAITER })}`} aria-current={aTraiter ? "page" : undefined}>
              À traiter
            </Link>
          </li>
        </ul>
      </nav>
      {aTraiter && <p className="fr-hint-text">{A_TRAITER_AIDE[user.role]}</p>}
      <TableFilters action="/sessions" values={params.filters} keep={{ vue: params.filters.vue, tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }} fields={fields} />
      <SessionsTable rows={rows} total={total} totalIsLowerBound={totalIsLowerBound} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} aTraiter={aTraiter} />
    </>
  );
}
