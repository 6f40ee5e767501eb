import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidatForm } from "@/app/(app)/candidats/_components/CandidatForm";
import { requireUser } from "@/lib/auth/auth-session";
import { getSessionForUser } from "@/lib/sessions/load";
import { SESSION_MODIFIABLE } from "@/lib/sessions/transitions";

export const metadata: Metadata = { title: "Session — Inscrire un candidat" };

export default async function SessionNouveauCandidatPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const session = await getSessionForUser(user, (await params).id);
  if (!session) notFound();
  return (
    <>
      <h2 className="fr-h4">Inscrire un candidat</h2>
      {SESSION_MODIFIABLE.includes(session.statut) ? (
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-lg-8">
            <CandidatForm session={{ id: session.id, numero: session.numero }} />
          </div>
        </div>
      ) : (
        <p>Les inscriptions de cette session ne peuvent plus être modifiées.</p>
      )}
    </>
  );
}
