import type { Metadata } from "next";
import Link from "next/link";
import { isInTerritory } from "@/lib/auth/scope";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireRole } from "@/lib/auth/auth-session";
import { listDepartementOptions, listJuresForUser, jureListSpec } from "@/lib/jures/queries";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { JuresTable } from "./_components/JuresTable";

export const metadata: Metadata = { title: "Jurés" };

export default async function JuresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("national", "regional");
  const params = parseListParams(await searchParams, jureListSpec);
  const [{ rows, total }, departements] = await Promise.all([listJuresForUser(user, params), listDepartementOptions()]);
  const inScope = departements.filter((d) => isInTerritory(user, { regionCode: d.regionCode, departementCode: d.value }));
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Jurés</h1>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-0">
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-team-line" href="/jures/a-convoquer">
              Jurés à convoquer
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-upload-line" href="/jures/import">
              Importer des habilitations
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-icon-add-line" href="/jures/nouveau">
              Créer un juré
            </Link>
          </li>
        </ul>
      </div>
      <p className="fr-text--sm">Les jurés dont la commune de résidence relève de votre périmètre.</p>
      <TableFilters
        action="/jures"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Nom ou prénom" },
          { type: "select", name: "departement", label: "Département de résidence", options: inScope.map((d) => ({ value: d.value, label: d.label })) },
        ]}
      />
      <JuresTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
