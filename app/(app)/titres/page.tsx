import type { Metadata } from "next";
import Link from "next/link";
import { TableFilters } from "@/components/data-table/TableFilters";
import { requireUser } from "@/lib/auth/auth-session";
import { parseListParams, type SearchParams } from "@/lib/table/list-params";
import { canEditReferentiels } from "@/lib/titres/permissions";
import { ETATS, listTitresForUser, NIVEAUX, titreListSpec } from "@/lib/titres/queries";
import { versionStateLabels } from "@/lib/titres/version-state";
import { TitresTable } from "./_components/TitresTable";

export const metadata: Metadata = { title: "Titres professionnels" };

export default async function TitresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = parseListParams(await searchParams, titreListSpec);
  const { rows, total } = await listTitresForUser(user, params);
  const canEdit = canEditReferentiels(user);
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Titres professionnels</h1>
        {canEdit && (
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-0">
            <li>
              <Link className="fr-btn fr-btn--secondary fr-icon-upload-line" href="/titres/import">
                Importer un fichier
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-icon-add-line" href="/titres/nouveau">
                Créer un titre
              </Link>
            </li>
          </ul>
        )}
      </div>
      <p className="fr-text--sm">
        Chaque titre est présenté avec sa version en cours (la plus récente). L&apos;état « En prolongation » signale une version dont la
        fin de vie est passée, mais qui reste ouverte aux sessions des CFA et CRP pendant 24 mois.
      </p>
      <TableFilters
        action="/titres"
        values={params.filters}
        keep={{ tri: params.sort, ordre: params.dir, taille: String(params.pageSize) }}
        fields={[
          { type: "search", name: "q", label: "Code, intitulé ou sigle" },
          { type: "select", name: "niveau", label: "Niveau", options: NIVEAUX.map((n) => ({ value: String(n), label: `Niveau ${n}` })) },
          { type: "select", name: "etat", label: "État", options: ETATS.map((e) => ({ value: e, label: versionStateLabels[e] })) },
          { type: "select", name: "nsf", label: "Code NSF", options: [{ value: "manquant", label: "NSF manquant" }] },
        ]}
      />
      <TitresTable rows={rows} total={total} page={params.page} pageSize={params.pageSize} sort={params.sort} dir={params.dir} />
    </>
  );
}
