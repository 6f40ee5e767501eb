import type { ReactNode } from "react";
import type { LectureResultats } from "@/lib/resultats/affichage";

/**
 * The results of a session, read-only: a row per candidate, a column per CCP, the decision; a capitalised
 * CCP (acquired at an earlier validated session) in italics. The same table on the session's page (built by
 * `lectureDeGrille`) and on the validation page (`lectureDeSession`); `vide` replaces it when no one is registered.
 */
export function ResultatsLecture({ lecture, caption, vide }: { lecture: LectureResultats; caption: string; vide?: ReactNode }) {
  if (vide !== undefined && lecture.lignes.length === 0) return vide;
  return (
    <div className="fr-table fr-table--bordered">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table data-testid="resultats-lecture">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Candidat</th>
                  {lecture.avecPresence && <th scope="col">Présence</th>}
                  {lecture.colonnes.map((c) => (
                    <th scope="col" key={c.id}>
                      <abbr title={c.libelle}>CCP {c.numero}</abbr>
                    </th>
                  ))}
                  <th scope="col">Décision</th>
                  {lecture.avecParchemin && <th scope="col">Parchemin</th>}
                </tr>
              </thead>
              <tbody>
                {lecture.lignes.map((l) => (
                  <tr key={l.inscriptionId}>
                    <th scope="row">
                      {l.nom}
                      {l.note && <span className="fr-hint-text">{l.note}</span>}
                    </th>
                    {lecture.avecPresence && <td>{l.presence}</td>}
                    {l.cellules.map((cell, i) => (
                      <td key={lecture.colonnes[i]!.id}>{cell.capitalise ? <em>{cell.label}</em> : cell.label}</td>
                    ))}
                    <td>{l.decision ? <strong>{l.decision}</strong> : lecture.sansDecision}</td>
                    {lecture.avecParchemin && <td>{l.parchemin}</td>}
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
