import { formatIsoDate } from "@/lib/dates";
import { listLivretsOfCandidat } from "@/lib/livrets/queries";

function dates(dateDebut: string, dateFin: string): string {
  return dateDebut === dateFin ? formatIsoDate(dateDebut) : `du ${formatIsoDate(dateDebut)} au ${formatIsoDate(dateFin)}`;
}

/**
 * "Livrets de certification" of the candidate page: per title version, the CCPs acquired in validated
 * sessions (with the session and its date) and each livret given at a validation, to download as PDF.
 * The caller has loaded the candidate in scope.
 */
export async function LivretsCertification({ candidatId }: { candidatId: string }) {
  const versions = await listLivretsOfCandidat(candidatId);
  return (
    <section aria-labelledby="titre-livrets" data-testid="livrets">
      <h2 id="titre-livrets" className="fr-h4 fr-mt-4w">
        Livrets de certification
      </h2>
      {versions.length === 0 ? (
        <p>Aucun livret : le candidat n&apos;a pas acquis de CCP sans le titre dans une session validée.</p>
      ) : (
        versions.map((v) => (
          <div key={v.titreVersionId} className="fr-mb-3w">
            <h3 className="fr-h6 fr-mb-1w">
              {v.titreCode} {v.titreIntitule} — {v.version}
            </h3>
            <div className="fr-table fr-mb-1w">
              <table>
                <caption>
                  CCP acquis : {v.ccps.length} sur {v.ccpsVersion}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">CCP</th>
                    <th scope="col">Intitulé</th>
                    <th scope="col">Session</th>
                    <th scope="col">Date</th>
                  </tr>
                </thead>
                <tbody>
                  {v.ccps.map((c) => (
                    <tr key={c.ccpId}>
                      <td>CCP {c.numero}</td>
                      <td>{c.libelle}</td>
                      <td>{c.sessionNumero}</td>
                      <td>{dates(c.dateDebut, c.dateFin)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ul className="fr-links-group">
              {v.livrets.map((l) => (
                <li key={l.id}>
                  <a
                    className="fr-link fr-link--download"
                    href={`/candidats/${candidatId}/livrets/${l.id}`}
                    download
                  >
                    {`Livret du ${formatIsoDate(l.delivreLe)} (session ${l.sessionNumero})`}
                    <span className="fr-link__detail">PDF{l.lieuDelivrance ? ` — délivré à ${l.lieuDelivrance}` : ""}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
