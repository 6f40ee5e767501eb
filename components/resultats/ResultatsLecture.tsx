import { decisionLabels, issueCcpLabels } from "@/lib/resultats/coherence";
import type { GrilleResultats } from "@/lib/resultats/grille";

const presenceLabels = { present: "Présent", absent: "Absent" } as const;

/**
 * The results of a session, read-only: a row per candidate, a column per CCP the session assesses, the
 * presence and the decision; a CCP acquired in an earlier validated session reads "Capitalisé". Used once
 * the session is transmitted (the centre, the UD that validates, the DREETS, national).
 */
export function ResultatsLecture({ grille, caption }: { grille: GrilleResultats; caption: string }) {
  const colonnes = grille.ccpsVersion.filter((c) => grille.ccpsEvalues.includes(c.id));
  return (
    <div className="fr-table fr-table--bordered" data-testid="resultats-lecture">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Candidat</th>
            <th scope="col">Présence</th>
            {colonnes.map((c) => (
              <th key={c.id} scope="col" title={c.libelle}>
                CCP {c.numero}
              </th>
            ))}
            <th scope="col">Décision</th>
          </tr>
        </thead>
        <tbody>
          {grille.lignes.map((l) => {
            const autres = l.capitalises.filter((c) => !grille.ccpsEvalues.includes(c.ccpId));
            return (
              <tr key={l.inscriptionId}>
                <th scope="row">
                  {l.nom}
                  {autres.length > 0 && <span className="fr-hint-text">Capitalisé{autres.length > 1 ? "s" : ""} : {autres.map((c) => `CCP ${c.numero}`).join(", ")}</span>}
                </th>
                <td>{l.presence ? presenceLabels[l.presence] : "—"}</td>
                {colonnes.map((c) => {
                  const cap = l.capitalises.find((x) => x.ccpId === c.id);
                  const issue = l.issues[c.id];
                  return <td key={c.id}>{cap && !issue ? `Capitalisé (session ${cap.sessionNumero})` : issue ? issueCcpLabels[issue] : "—"}</td>;
                })}
                <td>{l.decision ? <strong>{decisionLabels[l.decision]}</strong> : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
