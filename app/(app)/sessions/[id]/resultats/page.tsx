import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { getSessionForUser } from "@/lib/sessions/load";

export const metadata: Metadata = { title: "Session — Résultats" };

export default async function SessionResultatsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const session = await getSessionForUser(user, (await params).id);
  if (!session) notFound();
  return (
    <>
      <h2 className="fr-h4">Résultats</h2>
      <p data-testid="resultats-vide">Aucun résultat saisi pour cette session.</p>
    </>
  );
}
