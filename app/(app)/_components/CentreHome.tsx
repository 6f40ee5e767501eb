import { notFound } from "next/navigation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCentreForUser } from "@/lib/centres/queries";

export async function CentreHome({ user }: { user: Extract<CurrentUser, { role: "centre" }> }) {
  const centre = await getCentreForUser(user, user.centreId);
  if (!centre) notFound();
  return (
    <>
      <h1>{centre.raisonSociale}</h1>
      <p className="fr-text--lead">Bonjour {user.prenom}.</p>
      <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-identification">
        <h2 id="titre-identification" className="fr-h4">
          Identification du centre
        </h2>
        <dl>
          <dt className="fr-text--bold">SIRET</dt>
          <dd>{centre.siret}</dd>
          <dt className="fr-text--bold">Raison sociale</dt>
          <dd>{centre.raisonSociale}</dd>
          <dt className="fr-text--bold">Adresse</dt>
          <dd>{centre.adresse}</dd>
          <dt className="fr-text--bold">Commune</dt>
          <dd>
            {centre.codePostal} - {centre.communeNom.toUpperCase()}
          </dd>
          <dt className="fr-text--bold">Région</dt>
          <dd>
            {centre.regionNom} ({centre.departementNom})
          </dd>
        </dl>
      </section>
    </>
  );
}
