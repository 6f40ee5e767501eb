import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { centreTitle } from "@/components/layout/record-titles";
import { plainStatusLabels, plainStatusSeverity } from "@/lib/agrements/plain-status";
import { listAgrementsOfCentreForUser, listOpenableVersionsForCentre, listRequestableVersions } from "@/lib/agrements/queries";
import { requireUser } from "@/lib/auth/auth-session";
import { listSitesOfCentre } from "@/lib/centres/queries";
import { formatIsoDate } from "@/lib/dates";
import { RequestForm } from "../_components/RequestForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return centreTitle("Agréments du centre", (await params).id);
}

export default async function CentreAgrementsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [agrements, openable] = await Promise.all([listAgrementsOfCentreForUser(user, id), listOpenableVersionsForCentre(user, id)]);
  if (!agrements || !openable) notFound();
  const [sites, versions] = await Promise.all([listSitesOfCentre(id), listRequestableVersions()]);
  return (
    <>
      <h2 className="fr-h4">Agréments</h2>
      {agrements.length === 0 ? (
        <p>Ce centre n&apos;a encore aucun agrément.</p>
      ) : (
        <div className="fr-table fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Agréments du centre</caption>
                  <thead>
                    <tr>
                      <th scope="col">Titre</th>
                      <th scope="col">Version</th>
                      <th scope="col">Site</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Validité</th>
                      <th scope="col">Origine</th>
                    </tr>
                  </thead>
                  <tbody>
                    {agrements.map((a) => (
                      <tr key={a.id}>
                        <td>
                          <Link href={`/agrements/${a.id}`}>
                            {a.titreCode} — {a.titreIntitule}
                          </Link>
                        </td>
                        <td>{a.versionLibelle}</td>
                        <td>
                          {a.siteLibelle} ({a.siteCommune})
                        </td>
                        <td>
                          <Badge severity={plainStatusSeverity[a.plain]} small noIcon>
                            {plainStatusLabels[a.plain]}
                          </Badge>
                          {a.motif && <p className="fr-text--xs fr-mb-0">Motif : {a.motif}</p>}
                        </td>
                        <td>{a.validFrom ? `du ${formatIsoDate(a.validFrom)} au ${formatIsoDate(a.validTo)}` : "—"}</td>
                        <td>{a.source === "valce" ? `VALCE (réf. ${a.legacyRef ?? "—"})` : "CERES"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      <h3 className="fr-h5 fr-mt-4w">Titres pour lesquels le centre peut créer une session aujourd&apos;hui</h3>
      {openable.openable.length ? (
        <ul data-testid="titres-ouvrables">
          {openable.openable.map((o) => (
            <li key={`${o.titreVersionId}-${o.siteId}`}>
              {o.titreCode} — {o.titreIntitule}, {o.versionLibelle}, site {o.siteLibelle}
              {o.enProlongation && " (prolongation du titre)"}
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="titres-ouvrables">Aucun : le centre n&apos;a pas d&apos;agrément valide aujourd&apos;hui.</p>
      )}
      <h3 className="fr-h5 fr-mt-4w">Demander un agrément</h3>
      {sites.length === 0 ? (
        <p>Ajoutez d&apos;abord un site d&apos;examen dans l&apos;onglet « Sites » : un agrément porte sur un site.</p>
      ) : (
        <RequestForm centreId={id} sites={sites.map((s) => ({ value: s.id, label: `${s.libelle} — ${s.communeNom}` }))} versions={versions.map((v) => ({ value: v.id, label: v.label }))} />
      )}
    </>
  );
}
