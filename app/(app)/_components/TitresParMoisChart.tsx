import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import { libelleMois } from "@/lib/accueil/periodes";

const W = 640;
const H = 220;
const MARGE = { haut: 20, bas: 28, gauche: 8, droite: 8 };

/** "42 titres obtenus de janvier 2026 à décembre 2026 ; le plus en mars 2026 (8)." — what the chart says. */
export function resumeTitresParMois(data: { mois: string; titres: number }[]): string {
  const total = data.reduce((sum, d) => sum + d.titres, 0);
  const periode = `de ${libelleMois(data[0]!.mois)} à ${libelleMois(data.at(-1)!.mois)}`;
  if (total === 0) return `Aucun titre obtenu ${periode}.`;
  const max = data.reduce((best, d) => (d.titres > best.titres ? d : best));
  return `${total} titre${total > 1 ? "s" : ""} obtenu${total > 1 ? "s" : ""} ${periode} ; le plus en ${libelleMois(max.mois)} (${max.titres}).`;
}

/**
 * Titles obtained per month over twelve months: bars drawn in plain SVG (an image with its summary for
 * screen readers), and the same figures as a table under "Voir les données".
 */
export function TitresParMoisChart({ data, titre }: { data: { mois: string; titres: number }[]; titre: string }) {
  const max = Math.max(1, ...data.map((d) => d.titres));
  const largeur = (W - MARGE.gauche - MARGE.droite) / data.length;
  const hauteur = H - MARGE.haut - MARGE.bas;
  const resume = resumeTitresParMois(data);
  return (
    <figure className="fr-m-0" data-testid="graphique-titres-par-mois">
      <figcaption className="fr-h6 fr-mb-1w">{titre}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${titre} : ${resume}`} className="ceres-graphique">
        <line x1={MARGE.gauche} x2={W - MARGE.droite} y1={H - MARGE.bas} y2={H - MARGE.bas} stroke="#929292" />
        {data.map((d, i) => {
          const h = (d.titres / max) * hauteur;
          const x = MARGE.gauche + i * largeur;
          return (
            <g key={d.mois}>
              <rect x={x + largeur * 0.15} y={H - MARGE.bas - h} width={largeur * 0.7} height={h} fill="#000091" />
              <text x={x + largeur / 2} y={H - MARGE.bas - h - 5} textAnchor="middle" fontSize="12" fill="#161616">
                {d.titres}
              </text>
              <text x={x + largeur / 2} y={H - 8} textAnchor="middle" fontSize="11" fill="#3a3a3a">
                {libelleMois(d.mois, "court")}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="fr-text--sm fr-mb-1w">{resume}</p>
      <Accordion label="Voir les données">
        <div className="fr-table fr-table--no-caption fr-mb-0">
          <table>
            <caption>{titre}</caption>
            <thead>
              <tr>
                <th scope="col">Mois</th>
                <th scope="col">Titres obtenus</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.mois}>
                  <th scope="row">{libelleMois(d.mois)}</th>
                  <td>{d.titres}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Accordion>
    </figure>
  );
}
