import { nomComplet } from "@/lib/candidats/display";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { celluleCcp } from "@/lib/resultats/affichage";
import { decisionLabels } from "@/lib/resultats/coherence";
import type { ResultatsSession } from "@/lib/resultats/session-resultats";

/** The session's results, read-only: a row per candidate, a column per CCP of the version, the decision. */
export function ResultatsLecture({ resultats, parchemins }: { resultats: ResultatsSession; parchemins?: Map<string, string | null> }) {
  if (resultats.candidats.length === 0) return <p>Aucun candidat n&apos;est inscrit à cette session.</p>;
  return (
    <div className="fr-table fr-table--bordered">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table data-testid="resultats-lecture">
              <caption>Résultats de la session (lecture seule)</caption>
              <thead>
                <tr>
                  <th scope="col">Candidat</th>
                  {resultats.ccpsVersion.map((c) => (
                    <th scope="col" key={c.id}>
                      <abbr title={c.libelle}>CCP {c.numero}</abbr>
                    </th>
                  ))}
                  <th scope="col">Décision</th>
                  {parchemins && <th scope="col">Parchemin</th>}
                </tr>
              </thead>
              <tbody>
                {resultats.candidats.map((c) => (
                  <tr key={c.inscriptionId}>
                    <th scope="row">{nomComplet(c)}</th>
                    {resultats.ccpsVersion.map((ccp) => {
                      const cell = celluleCcp(c, ccp.id, resultats.ccpsEvalues);
                      return <td key={ccp.id}>{cell.capitalise ? <em>{cell.label}</em> : cell.label}</td>;
                    })}
                    <td>{c.decision ? <strong>{decisionLabels[c.decision]}</strong> : "Non saisie"}</td>
                    {parchemins && <td>{parchemins.get(c.inscriptionId) ? formatParcheminNumero(parchemins.get(c.inscriptionId)!) : "—"}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
