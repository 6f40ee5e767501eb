import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getCentreForUser, listSitesOfCentre } from "@/lib/centres/queries";

export const metadata: Metadata = { title: "Sites du centre" };

export default async function CentreSitesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const centre = await getCentreForUser(user, id);
  if (!centre) notFound();
  const sites = await listSitesOfCentre(centre.id);
  return (
    <>
      <h2 className="fr-h4">Sites d&apos;examen</h2>
      {sites.length === 0 ? (
        <p>Aucun site enregistré.</p>
      ) : (
        <ul data-testid="sites">
          {sites.map((s) => (
            <li key={s.id}>
              <strong>{s.libelle}</strong> — {s.adresse}, {s.codePostal} {s.communeNom.toUpperCase()}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
