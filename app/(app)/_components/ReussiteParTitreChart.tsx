import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import type { ReussiteTitre } from "@/lib/accueil/queries";

const W = 640;
const LIGNE = 34;
const ETIQUETTE = 110;
const VALEUR = 56;

function taux(r: ReussiteTitre): number {
  return r.presents ? Math.round((r.titres / r.presents) * 100) : 0;
}

/** "TP-00391 : 60 % (3 titres sur 5 candidats présents)…" — what the chart says. */
export function resumeReussite(data: ReussiteTitre[]): string {
  return data.map((r) => `${r.titreCode} : ${taux(r)} % (${r.titres} titre${r.titres > 1 ? "s" : ""} sur ${r.presents} candidat${r.presents > 1 ? "s" : ""} présent${r.presents > 1 ? "s" : ""})`).join(" ; ") + ".";
}

/**
 * Success rate per title (titles obtained / candidates present) over the sessions validated in the last 12
 * months: horizontal bars in plain SVG with a summary for screen readers, and the table under "Voir les données".
 */
export function ReussiteParTitreChart({ data, titre }: { data: ReussiteTitre[]; titre: string }) {
  const H = data.length * LIGNE + 8;
  const largeur = W - ETIQUETTE - VALEUR;
  return (
    <figure className="fr-m-0" data-testid="graphique-reussite">
      <figcaption className="fr-h6 fr-mb-1w">{titre}</figcaption>
      {data.length === 0 ? (
        <p>Aucune session validée ces douze derniers mois.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${titre} : ${resumeReussite(data)}`} className="ceres-graphique">
            {data.map((r, i) => {
              const y = 4 + i * LIGNE;
              return (
                <g key={r.titreCode}>
                  <text x={0} y={y + 19} fontSize="13" fill="#161616">
                    {r.titreCode}
                  </text>
                  <rect x={ETIQUETTE} y={y + 4} width={largeur} height={20} fill="#e3e3fd" />
                  <rect x={ETIQUETTE} y={y + 4} width={(largeur * taux(r)) / 100} height={20} fill="#000091" />
                  <text x={W - VALEUR + 8} y={y + 19} fontSize="13" fill="#161616">
                    {`${taux(r)} %`}
                  </text>
                </g>
              );
            })}
          </svg>
          <Accordion label="Voir les données">
            <div className="fr-table fr-mb-0">
              <table>
                <caption>{titre}</caption>
                <thead>
                  <tr>
                    <th scope="col">Titre</th>
                    <th scope="col">Candidats présents</th>
                    <th scope="col">Titres obtenus</th>
                    <th scope="col">Partiels</th>
                    <th scope="col">Taux de réussite</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((r) => (
                    <tr key={r.titreCode}>
                      <th scope="row">
                        {r.titreCode} {r.titreIntitule}
                      </th>
                      <td>{r.presents}</td>
                      <td>{r.titres}</td>
                      <td>{r.partiels}</td>
                      <td>{taux(r)} %</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Accordion>
        </>
      )}
    </figure>
  );
}
