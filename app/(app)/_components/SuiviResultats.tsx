import Link from "next/link";
import { sessionsAValider, syntheseParTerritoire, titresObtenusParMois } from "@/lib/accueil/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { daysBetween, formatDateParis, todayInParis, toParisWallClock } from "@/lib/dates";
import { TitresParMoisChart } from "./TitresParMoisChart";

const A_VALIDER_HREF = "/sessions?statut=transmise";

/**
 * The agents' view of the results work (UD, DREETS, national): the sessions transmitted and waiting for
 * validation with the oldest one, the figures per département (or région, for national), and the titles
 * obtained month by month.
 */
export async function SuiviResultats({ user }: { user: Extract<CurrentUser, { role: "regional" | "national" }> }) {
  const today = todayInParis();
  const [aValider, territoires, parMois] = await Promise.all([sessionsAValider(user), syntheseParTerritoire(user, today), titresObtenusParMois(user, today)]);
  const attente = aValider.plusAncienne ? daysBetween(toParisWallClock(aValider.plusAncienne).date, today) : null;
  const parRegion = user.role === "national";
  const ud = user.role === "regional" && Boolean(user.departementCode);
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w">
      <section className="fr-col-12 fr-col-md-5" aria-labelledby="titre-a-valider">
        <div className="fr-p-3w fr-background-alt--grey" data-testid="a-valider">
          <h2 id="titre-a-valider" className="fr-h4">
            Sessions à valider
          </h2>
          <p className="fr-display--xs fr-mb-1w">{aValider.total}</p>
          <p>
            {aValider.total === 0
              ? "Aucune session transmise n'attend de validation."
              : `session${aValider.total > 1 ? "s" : ""} transmise${aValider.total > 1 ? "s" : ""} par les centres, à valider.`}
          </p>
          {aValider.plusAncienne && attente !== null ? (
            <p data-testid="plus-ancienne">
              La plus ancienne attend depuis le {formatDateParis(aValider.plusAncienne)}
              {attente > 0 ? ` (${attente} jour${attente > 1 ? "s" : ""})` : " (aujourd'hui)"}.
            </p>
          ) : null}
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={A_VALIDER_HREF}>
            Voir les sessions transmises
          </Link>
        </div>
      </section>
      <section className="fr-col-12 fr-col-md-7" aria-labelledby="titre-titres-mois">
        <h2 id="titre-titres-mois" className="fr-sr-only">
          Titres obtenus
        </h2>
        <TitresParMoisChart data={parMois} titre="Titres obtenus par mois de validation, sur douze mois" />
      </section>
      {territoires && !ud ? (
        <section className="fr-col-12" aria-labelledby="titre-territoires">
          <h2 id="titre-territoires" className="fr-h4">
            {parRegion ? "Par région" : "Par département"}
          </h2>
          <div className="fr-table" data-testid="synthese-territoires">
            <table>
              <caption className="fr-sr-only">{`Sessions à valider, sessions validées et titres obtenus depuis le 1er janvier, ${parRegion ? "par région" : "par département"}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{parRegion ? "Région" : "Département"}</th>
                  <th scope="col">Sessions à valider</th>
                  <th scope="col">Sessions validées cette année</th>
                  <th scope="col">Titres obtenus cette année</th>
                </tr>
              </thead>
              <tbody>
                {territoires.map((t) => (
                  <tr key={t.code}>
                    <th scope="row">
                      {t.code} — {t.nom}
                    </th>
                    <td>{t.aValider ? <Link href={parRegion ? A_VALIDER_HREF : `${A_VALIDER_HREF}&departement=${t.code}`}>{t.aValider}</Link> : 0}</td>
                    <td>{t.valideesAnnee}</td>
                    <td>{t.titresAnnee}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
