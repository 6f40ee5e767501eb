import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { getSessionForUser } from "@/lib/sessions/load";

export const metadata: Metadata = { title: "Session — Candidats" };

export default async function SessionCandidatsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const session = await getSessionForUser(user, (await params).id);
  if (!session) notFound();
  return (
    <>
      <h2 className="fr-h4">Candidats</h2>
      <p data-testid="candidats-vide">Aucun candidat inscrit à cette session.</p>
    </>
  );
}
