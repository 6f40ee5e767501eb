import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDateParis, formatIsoDate, todayInParis } from "@/lib/dates";
import { decisionLabels, issueCcpLabels } from "@/lib/resultats/coherence";
import { listResultatsOfCandidat, type ResultatCandidat } from "@/lib/resultats/queries";
import { dateLimiteRepresentation } from "@/lib/resultats/representation";

function etatResultat(r: ResultatCandidat): string {
  if (r.statut === "validee") return r.valideeAt ? `Résultat validé le ${formatDateParis(r.valideeAt)}` : "Résultat validé";
  if (r.statut === "transmise") return "Résultat transmis, en attente de validation par l'unité départementale";
  return "Résultat en cours de saisie par le centre, non validé";
}

function Representation({ r }: { r: ResultatCandidat }) {
  const limite = dateLimiteRepresentation({ decision: r.decision, parcours: r.parcours, dateFinSession: r.dateFin });
  if (!limite) return null;
  const reserve = r.statut === "validee" ? "" : " (sous réserve de la validation des résultats)";
  if (limite < todayInParis()) return <p className="fr-text--sm fr-mb-1w">Délai pour se représenter sans nouveau parcours de formation écoulé le {formatIsoDate(limite)}.</p>;
  return (
    <p className="fr-text--sm fr-text--bold fr-mb-1w" data-testid="representation">
      Peut se représenter sans nouveau parcours de formation jusqu&apos;au {formatIsoDate(limite)}
      {reserve}.
    </p>
  );
}

/** The candidate's results, session by session: CCP outcomes, capitalised CCPs, decision, rectifications, R10's date. */
export async function ResultatsCandidat({ user, candidatId }: { user: CurrentUser; candidatId: string }) {
  const resultats = await listResultatsOfCandidat(user, candidatId);
  return (
    <section aria-labelledby="titre-resultats-candidat" className="fr-mt-4w">
      <h2 id="titre-resultats-candidat" className="fr-h4">
        Résultats
      </h2>
      {resultats.length === 0 ? (
        <p data-testid="resultats-candidat-vide">Aucun résultat enregistré pour ce candidat.</p>
      ) : (
        <ul className="fr-raw-list" data-testid="resultats-candidat">
          {resultats.map((r) => (
            <li key={r.inscriptionId} className="fr-mb-3w">
              <h3 className="fr-h6 fr-mb-1w">
                Session {r.sessionVisible ? <Link href={`/sessions/${r.sessionId}/resultats`}>{r.numero}</Link> : r.numero},{" "}
                {r.dateDebut === r.dateFin ? `le ${formatIsoDate(r.dateDebut)}` : `du ${formatIsoDate(r.dateDebut)} au ${formatIsoDate(r.dateFin)}`} — {r.titreCode} {r.titreIntitule}
              </h3>
              <p className="fr-mb-1w">
                Décision : <strong>{r.decision ? decisionLabels[r.decision] : "non saisie"}</strong>
                {r.presence === "absent" ? " (candidat absent)" : ""} — <span className="fr-text--sm">{etatResultat(r)}</span>
              </p>
              {(r.ccps.length > 0 || r.capitalises.length > 0) && (
                <ul className="fr-mb-1w">
                  {r.ccps.map((c) => (
                    <li key={c.id}>
                      CCP {c.numero} {c.libelle} : {issueCcpLabels[c.issue]}
                    </li>
                  ))}
                  {r.capitalises.map((c) => (
                    <li key={`cap-${c.numero}`}>
                      CCP {c.numero} {c.libelle} : capitalisé (session {c.sessionNumero})
                    </li>
                  ))}
                </ul>
              )}
              <Representation r={r} />
              {r.rectifications.length > 0 && (
                <div className="fr-mt-1w">
                  <p className="fr-text--sm fr-text--bold fr-mb-0">Rectifications</p>
                  <ul className="fr-text--sm">
                    {r.rectifications.map((x) => (
                      <li key={x.id}>
                        Le {formatDateParis(x.rectifieAt)} — motif : {x.motif}
                        {x.changements.length > 0 && ` — ${x.changements.join(" ; ")}`}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
