import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { jureTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { formatIsoDate } from "@/lib/dates";
import { lienTypeLabels } from "@/lib/jures/eligibility";
import { getJureForUser, listLiensOfJure } from "@/lib/jures/queries";
import { EndLienForm, LienForm } from "../../_components/LienForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return jureTitle("Liens du juré avec des centres", (await params).id);
}

export default async function JureLiensPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("national", "regional");
  const { id } = await params;
  const jure = await getJureForUser(user, id);
  if (!jure) notFound();
  const liens = await listLiensOfJure(jure.id);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12">
        <h2 className="fr-h4">Liens déclarés avec des centres</h2>
        <p className="fr-text--sm">Tant qu&apos;un lien dure, le juré ne peut pas siéger aux sessions de ce centre.</p>
        {liens.length === 0 ? (
          <p>Aucun lien déclaré.</p>
        ) : (
          <div className="fr-table fr-table--no-caption">
            <div className="fr-table__wrapper">
              <div className="fr-table__container">
                <div className="fr-table__content">
                  <table>
                    <caption>Liens déclarés avec des centres</caption>
                    <thead>
                      <tr>
                        <th scope="col">Centre</th>
                        <th scope="col">Nature</th>
                        <th scope="col">Du</th>
                        <th scope="col">Au</th>
                        <th scope="col">Action</th>
                      </tr>
                    </thead>
                    <tbody>
                      {liens.map((l) => (
                        <tr key={l.id}>
                          <td>
                            {l.centreNom}
                            <br />
                            <span className="fr-text--xs">SIRET {l.centreSiret}</span>
                          </td>
                          <td>
                            {lienTypeLabels[l.type]}
                            {l.precision && ` (${l.precision})`}
                          </td>
                          <td>{formatIsoDate(l.dateDebut)}</td>
                          <td>{l.dateFin ? formatIsoDate(l.dateFin) : "en cours"}</td>
                          <td>{!l.dateFin && <EndLienForm jureId={jure.id} jureVersion={jure.version} lien={l} />}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        )}
      </div>
      <div className="fr-col-12 fr-col-lg-6">
        <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-nouveau-lien">
          <h2 id="titre-nouveau-lien" className="fr-h5">
            Déclarer un lien
          </h2>
          <LienForm jureId={jure.id} jureVersion={jure.version} />
        </section>
      </div>
    </div>
  );
}
