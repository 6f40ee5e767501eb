import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/auth-session";
import { formatIsoDate } from "@/lib/dates";
import { listVersionsSansNsf } from "@/lib/parchemins/versions-sans-nsf";

export const metadata: Metadata = { title: "Versions de titre sans code NSF" };

/** National: the title versions missing their NSF code, each with the link to complete it. */
export default async function VersionsSansNsfPage() {
  await requireRole("national");
  const versions = await listVersionsSansNsf();
  return (
    <>
      <Breadcrumb currentPageLabel="Versions sans code NSF" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Titres", linkProps: { href: "/titres" } }]} />
      <h1>Versions de titre sans code NSF</h1>
      <p>
        Le code NSF est imprimé sur le parchemin : une session d&apos;une version qui n&apos;en a pas ne peut pas être validée. Complétez-le dans la
        version (bouton « Compléter »).
      </p>
      {versions.length === 0 ? (
        <p data-testid="versions-sans-nsf-vide">Toutes les versions de titre ont leur code NSF.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>{versions.length} version(s) sans code NSF</caption>
            <thead>
              <tr>
                <th scope="col">Titre</th>
                <th scope="col">Version</th>
                <th scope="col">Fin de vie</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.versionId}>
                  <td>
                    <Link href={`/titres/${v.titreId}`}>{v.code}</Link> {v.intitule}
                  </td>
                  <td>
                    {v.millesime} du {formatIsoDate(v.dateVersion)}
                  </td>
                  <td>{v.finDeVie ? formatIsoDate(v.finDeVie) : "—"}</td>
                  <td>
                    <Link className="fr-btn fr-btn--sm fr-btn--secondary" href={`/titres/${v.titreId}/versions/${v.versionId}/modifier`}>
                      Compléter<span className="fr-sr-only"> la version {v.millesime} de {v.code}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
