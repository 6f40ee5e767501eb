import type { Metadata } from "next";
import Link from "next/link";
import { listAgrementQueueForUser } from "@/lib/agrements/queries";
import { requireRole } from "@/lib/auth/auth-session";
import { formatDateParis } from "@/lib/dates";

export const metadata: Metadata = { title: "Demandes d'agrément à instruire" };

export default async function AgrementQueuePage() {
  const user = await requireRole("regional", "national");
  const queue = await listAgrementQueueForUser(user);
  return (
    <>
      <div className="ceres-table-toolbar fr-mb-2w">
        <h1 className="fr-mb-0">Demandes d&apos;agrément à instruire</h1>
        <Link className="fr-btn fr-btn--secondary fr-icon-upload-line fr-btn--icon-left" href="/agrements/import">
          Importer des agréments VALCE
        </Link>
      </div>
      {queue.length === 0 ? (
        <p data-testid="file-vide">Aucune demande en attente dans votre périmètre.</p>
      ) : (
        <div className="fr-table fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Demandes d&apos;agrément en cours d&apos;instruction</caption>
                  <thead>
                    <tr>
                      <th scope="col">Déposée le</th>
                      <th scope="col">Centre</th>
                      <th scope="col">Titre</th>
                      <th scope="col">Site</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody>
                    {queue.map((a) => (
                      <tr key={a.id}>
                        <td>{formatDateParis(a.createdAt)}</td>
                        <td>
                          {a.centreNom}
                          <br />
                          <span className="fr-text--xs">SIRET {a.centreSiret}</span>
                        </td>
                        <td>
                          {a.titreCode} — {a.titreIntitule}
                        </td>
                        <td>
                          {a.siteLibelle} ({a.siteCommune})
                        </td>
                        <td>
                          <Link className="fr-link" href={`/agrements/${a.id}`}>
                            Instruire<span className="fr-sr-only"> la demande de {a.centreNom} pour {a.titreCode}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
