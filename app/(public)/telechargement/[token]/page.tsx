import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { eq } from "drizzle-orm";
import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { parchemins } from "@/db/schema";
import { resolveLien } from "@/lib/parchemins/liens";

export const metadata: Metadata = { title: "Téléchargement de votre parchemin", robots: { index: false, follow: false } };

/**
 * What a candidate opens from the link a UD sent: a download button, or — for an unknown, expired, revoked
 * or annulled link alike — "lien invalide ou expiré". Opening the page is not a use; the download is, and is
 * logged by the PDF route.
 */
export default async function TelechargementPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const lien = await resolveLien(db, token);
  const [titre] = lien ? await db.select({ intitule: parchemins.titreIntitule }).from(parchemins).where(eq(parchemins.id, lien.parcheminId)) : [];
  return (
    <>
      <h1>Téléchargement de votre parchemin</h1>
      {lien && titre ? (
        <>
          <p>
            Votre parchemin du titre professionnel « {titre.intitule} » est disponible au format PDF. Conservez-le : ce lien est personnel et expire.
          </p>
          <a className="fr-btn fr-icon-download-line fr-btn--icon-left" href={`/telechargement/${encodeURIComponent(token)}/pdf`} download>
            Télécharger mon parchemin (PDF)
          </a>
        </>
      ) : (
        <Alert
          severity="error"
          title="Lien invalide ou expiré"
          description="Ce lien de téléchargement n'est pas (ou plus) valide. Demandez un nouveau lien à l'unité départementale qui vous l'a envoyé."
          data-testid="lien-invalide"
        />
      )}
    </>
  );
}
