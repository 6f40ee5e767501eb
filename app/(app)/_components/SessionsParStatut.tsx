import Link from "next/link";
import { countSessionsParStatut, reussiteParTitre } from "@/lib/accueil/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { todayInParis } from "@/lib/dates";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { ReussiteParTitreChart } from "./ReussiteParTitreChart";

const statuts = Object.keys(sessionStatutLabels) as (keyof typeof sessionStatutLabels)[];

/** A centre's sessions by status (each count opens the list filtered on it), and its success rate per title. */
export async function SessionsParStatut({ user }: { user: Extract<CurrentUser, { role: "centre" }> }) {
  const [parStatut, reussite] = await Promise.all([countSessionsParStatut(user), reussiteParTitre(user, todayInParis())]);
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
      <section className="fr-col-12 fr-col-md-5" aria-labelledby="titre-par-statut">
        <div className="fr-p-3w fr-background-alt--grey">
          <h2 id="titre-par-statut" className="fr-h4">
            Vos sessions par statut
          </h2>
          <ul className="ceres-compteurs" data-testid="sessions-par-statut">
            {statuts.map((statut) => (
              <li key={statut}>
                {parStatut[statut] ? (
                  <Link href={`/sessions?statut=${statut}`}>
                    <span className="fr-text--bold">{parStatut[statut]}</span> {sessionStatutLabels[statut].toLowerCase()}
                  </Link>
                ) : (
                  <span className="fr-text--disabled">0 {sessionStatutLabels[statut].toLowerCase()}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section className="fr-col-12 fr-col-md-7" aria-labelledby="titre-reussite">
        <h2 id="titre-reussite" className="fr-sr-only">
          Réussite par titre
        </h2>
        <ReussiteParTitreChart data={reussite} titre="Taux de réussite par titre (sessions validées sur douze mois)" />
      </section>
    </div>
  );
}
