import type { Metadata } from "next";
import Link from "next/link";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { candidatListSpec, listCandidatsForUser } from "@/lib/candidats/queries";
import { parseListParams, withParams, type SearchParams } from "@/lib/table/list-params";
import { CandidatsTable } from "./_components/CandidatsTable";

export const metadata: Metadata = { title: "Candidats" };

const scopeText = {
  national: "Tous les candidats.",
  regional: "Les candidats inscrits à une session de votre territoire, ou qui y résident.",
  centre: "Les candidats inscrits à une session de votre centre, et ceux que votre centre a créés.",
} as const;

export default async function CandidatsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = parseListParams(await searchParams, candidatListSpec);
  const { rows, total } = await listCandidatsForUser(user, params);
  const exportQuery = withParams("", { ...params.filters, tri: params.sort, ordre: params.dir });
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Candidats</h1>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-0">
          {user.role !== "centre" && <li><Link className="fr-btn fr-btn--secondary fr-icon-git-merge-line" href="/candidats/doublons">Doublons à examiner</Link></li>}
          <li>
            <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/candidats/export${exportQuery}`}>
              Exporter (CSV)
            </a>
          </li>
          <li>
            <Link className="fr-btn fr-icon-add-line" href="/candidats/nouveau">
              Créer une fiche candidat
            </Link>
          </li>
        </ul>
      </div>
      <p className="fr-text--sm">{scopeText[user.role]}</p>
      <TableFilters
        action="/candidats"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Nom ou prénom" },
          { type: "search", name: "naissance", label: "Date de naissance (JJ/MM/AAAA)" },
        ]}
      />
      <CandidatsTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
