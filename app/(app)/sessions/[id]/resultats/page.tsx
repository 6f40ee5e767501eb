import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultatsLecture } from "@/components/resultats/ResultatsLecture";
import { requireUser } from "@/lib/auth/auth-session";
import { todayInParis } from "@/lib/dates";
import { lectureDeGrille } from "@/lib/resultats/affichage";
import { RESULTATS_EN_LECTURE, RESULTATS_MODIFIABLES, saisieResultatsOuverte } from "@/lib/resultats/ouverture";
import { getGrilleResultats } from "@/lib/resultats/queries";
import { getSessionForUser } from "@/lib/sessions/load";
import { MarquerSaisis } from "./_components/MarquerSaisis";
import { SaisieResultats } from "./_components/SaisieResultats";

export const metadata: Metadata = { title: "Session — Résultats" };

export default async function SessionResultatsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const session = await getSessionForUser(user, (await params).id);
  if (!session) notFound();
  const titre = <h2 className="fr-h4">Résultats</h2>;
  if (!RESULTATS_MODIFIABLES.includes(session.statut) && !RESULTATS_EN_LECTURE.includes(session.statut)) {
    return (
      <>
        {titre}
        <p data-testid="resultats-vide">
          {session.statut === "annulee" ? "La session est annulée : elle n'a pas de résultats." : "Les résultats se saisissent une fois le jury constitué, à partir du premier jour de la session."}
        </p>
      </>
    );
  }
  const grille = await getGrilleResultats(session);
  if (grille.lignes.length === 0) {
    return (
      <>
        {titre}
        <p data-testid="resultats-vide">Aucun candidat n&apos;est inscrit à cette session.</p>
      </>
    );
  }
  const ouverture = saisieResultatsOuverte(session, todayInParis());
  const decisions = grille.lignes.filter((l) => l.decision).length;
  if (!ouverture.ok) {
    return (
      <>
        {titre}
        <p data-testid="resultats-ferme">{ouverture.message}</p>
        {decisions > 0 || RESULTATS_EN_LECTURE.includes(session.statut) ? <ResultatsLecture lecture={lectureDeGrille(grille)} caption={`Résultats de la session ${session.numero}`} /> : null}
      </>
    );
  }
  return (
    <>
      {titre}
      <p>
        Pour chaque candidat : la présence, le résultat de chaque CCP, puis la décision, proposée d&apos;après les CCP (à confirmer). Un candidat absent a tous ses CCP
        « non présenté » et la décision « Absent ». Chaque ligne s&apos;enregistre avec son bouton.
      </p>
      {session.statut === "resultats_saisis" && (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description="Les résultats sont marqués saisis. Ils restent modifiables jusqu'à la transmission à l'unité départementale, chaque candidat gardant une décision."
        />
      )}
      <p className="fr-text--sm" data-testid="resultats-compte">
        {decisions} candidat{decisions > 1 ? "s" : ""} sur {grille.lignes.length} avec une décision enregistrée.
      </p>
      <SaisieResultats sessionId={session.id} grille={grille} decisionRequise={session.statut === "resultats_saisis"} />
      {session.statut === "jury_constitue" && <MarquerSaisis sessionId={session.id} version={session.version} decisions={decisions} />}
    </>
  );
}
