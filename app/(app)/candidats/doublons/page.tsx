import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { doublonListSpec, listDoublonsForUser, listRegions, scoreBands } from "@/lib/candidats/merge/queries";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { DoublonsTable } from "./_components/DoublonsTable";

export const metadata: Metadata = { title: "Doublons de candidats" };

// Centres never see this table (a pair shows two identities they may not know): 404, as for any page out of scope.
export default async function DoublonsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role === "centre") notFound();
  const params = parseListParams(await searchParams, doublonListSpec);
  const [{ rows, total }, regions] = await Promise.all([listDoublonsForUser(user, params), listRegions()]);
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Doublons de candidats</h1>
        {user.role === "national" && (
          <Link className="fr-btn fr-btn--secondary" href="/candidats/doublons/analyse">
            Analyse des doublons
          </Link>
        )}
      </div>
      <p className="fr-text--sm">
        {user.role === "national"
          ? "Les paires de fiches qui désignent peut-être la même personne, de la plus probable à la moins probable."
          : "Les paires dont les deux fiches sont dans votre territoire, de la plus probable à la moins probable."}
      </p>
      <TableFilters
        action="/candidats/doublons"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "select", name: "score", label: "Score", options: Object.entries(scoreBands).map(([value, b]) => ({ value, label: b.label })) },
          { type: "select", name: "region", label: "Région (résidence ou session)", options: regions.map((r) => ({ value: r.code, label: r.nom })) },
          { type: "search", name: "titre", label: "Titre (code ou intitulé)" },
        ]}
      />
      <DoublonsTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
