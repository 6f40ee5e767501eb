import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { lienPublic } from "@/lib/parchemins/queries";

export const metadata: Metadata = { title: "Téléchargement de votre parchemin", robots: { index: false, follow: false } };

/**
 * What a candidate opens from the link a UD sent: a download button, or — for an unknown, expired, revoked
 * or annulled link alike — "lien invalide ou expiré". Opening the page is not a use; the download is, and is
 * logged by the PDF route.
 */
export default async function TelechargementPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const titre = await lienPublic(token);
  return (
    <>
      <h1>Téléchargement de votre parchemin</h1>
      {titre ? (
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
