import Link from "next/link";
import { notFound } from "next/navigation";
import { listOpenableVersionsForCentre } from "@/lib/agrements/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCentreForUser } from "@/lib/centres/queries";
import { countSessionsATraiter } from "@/lib/sessions/list-query";
import { SessionsParStatut } from "./SessionsParStatut";

export async function CentreHome({ user }: { user: Extract<CurrentUser, { role: "centre" }> }) {
  const [centre, openable, aTraiter] = await Promise.all([getCentreForUser(user, user.centreId), listOpenableVersionsForCentre(user, user.centreId), countSessionsATraiter(user)]);
  if (!centre || !openable) notFound();
  return (
    <>
      <h1>{centre.raisonSociale}</h1>
      <p className="fr-text--lead">Bonjour {user.prenom}.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-3w">
        <li>
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/sessions/nouvelle">
            Créer une session
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/sessions?vue=a-traiter">
            Sessions à traiter ({aTraiter})
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" href="/sessions">
            Toutes les sessions
          </Link>
        </li>
      </ul>
      <SessionsParStatut user={user} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="titre-identification">
          <div className="fr-p-3w fr-background-alt--grey">
            <h2 id="titre-identification" className="fr-h4">
              Identification du centre
            </h2>
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
              <dt>Type de centre</dt>
              <dd>{centre.typeCentre ?? "-"}</dd>
            </dl>
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={`/centres/${centre.id}`}>
              Fiche du centre, sites et représentant
            </Link>
          </div>
        </section>
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="titre-ouvrables">
          <div className="fr-p-3w fr-background-alt--grey">
            <h2 id="titre-ouvrables" className="fr-h4">
              Titres ouverts aux sessions aujourd&apos;hui
            </h2>
            {openable.openable.length ? (
              <ul data-testid="titres-ouvrables">
                {openable.openable.map((o) => (
                  <li key={`${o.titreVersionId}-${o.siteId}`}>
                    <strong>{o.titreCode}</strong> {o.titreIntitule} — {o.versionLibelle}, site {o.siteLibelle}
                    {o.enProlongation && " (prolongation du titre)"}
                  </li>
                ))}
              </ul>
            ) : (
              <p data-testid="titres-ouvrables">Aucun titre : votre centre n&apos;a pas d&apos;agrément valide aujourd&apos;hui.</p>
            )}
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={`/centres/${centre.id}/agrements`}>
              Agréments et demandes
            </Link>
          </div>
        </section>
      </div>
    </>
  );
}
