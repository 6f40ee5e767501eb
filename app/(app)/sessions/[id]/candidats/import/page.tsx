import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { CANDIDATS_UPLOAD } from "@/lib/candidats/import/parse";
import { getSessionForUser } from "@/lib/sessions/load";
import { SESSION_MODIFIABLE } from "@/lib/sessions/transitions";
import { CandidatsImport } from "./_components/CandidatsImport";

export const metadata: Metadata = { title: "Session — Importer des candidats" };

export default async function SessionCandidatsImportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const session = await getSessionForUser(user, (await params).id);
  if (!session) notFound();
  return (
    <>
      <h2 className="fr-h4">Importer les candidats de la session</h2>
      <p>
        Chaque ligne est rapprochée des fiches existantes : une personne qui a déjà une fiche est inscrite avec cette fiche ; une ligne proche d&apos;une fiche existante n&apos;est pas importée et
        se vérifie depuis l&apos;onglet Candidats.
      </p>
      {SESSION_MODIFIABLE.includes(session.statut) ? <CandidatsImport sessionId={session.id} maxBytes={CANDIDATS_UPLOAD.maxBytes} /> : <p>Les inscriptions de cette session ne peuvent plus être modifiées.</p>}
    </>
  );
}
