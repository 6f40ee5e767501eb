import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { centreTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { centrePermissions } from "@/lib/centres/permissions";
import { getCentreForUser, listTypeHistoryOfCentre } from "@/lib/centres/queries";
import { formatIsoDate } from "@/lib/dates";
import { RepresentantBlock } from "./_components/RepresentantBlock";
import { TypeForm } from "./_components/TypeForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return centreTitle("Identification du centre", (await params).id);
}

export default async function CentrePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const centre = await getCentreForUser(user, id);
  if (!centre) notFound();
  const types = await listTypeHistoryOfCentre(centre.id);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-7">
        <h2 className="fr-h4">Identification du centre</h2>
        <dl className="ceres-dl">
          <dt>SIRET</dt>
          <dd>{centre.siret}</dd>
          <dt>Raison sociale</dt>
          <dd>{centre.raisonSociale}</dd>
          <dt>Adresse</dt>
          <dd>{centre.adresse}</dd>
          <dt>Commune</dt>
          <dd>
            {centre.codePostal} - {centre.communeNom.toUpperCase()}
          </dd>
          <dt>Département, région</dt>
          <dd>
            {centre.departementNom} ({centre.departementCode}), {centre.regionNom}
          </dd>
          <dt>Type de centre</dt>
          <dd data-testid="type-centre">{centre.typeCentre ?? "-"}</dd>
          <dt>Réseaux</dt>
          <dd>
            {centre.reseaux.length ? (
              <ul className="fr-tags-group">
                {centre.reseaux.map((r) => (
                  <li key={r}>
                    <Tag small>{r}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              "Aucun réseau renseigné"
            )}
          </dd>
        </dl>
        <RepresentantBlock centre={centre} canEdit={centrePermissions.editRepresentantAndSites(user)} />
      </div>
      <div className="fr-col-12 fr-col-lg-5">
        <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-type">
          <h2 id="titre-type" className="fr-h5">
            Type de centre
          </h2>
          <p className="fr-text--sm">
            Les CFA et les CRP peuvent créer des sessions jusqu&apos;à 24 mois après la fin de vie d&apos;un titre, à condition
            que leur type ait été enregistré à la date de la session.
          </p>
          {types.length ? (
            <ul data-testid="historique-types">
              {types.map((t, i) => (
                <li key={i}>
                  {t.typeCentre ?? "-"} à partir du {formatIsoDate(t.validFrom)}
                  <span className="fr-text--xs"> (enregistré par {t.recordedBy ?? "—"})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>Aucun type enregistré.</p>
          )}
          {centrePermissions.setType(user) && <TypeForm centreId={centre.id} version={centre.version} />}
        </section>
      </div>
    </div>
  );
}
