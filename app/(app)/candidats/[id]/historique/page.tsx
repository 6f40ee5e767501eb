import type { Metadata } from "next";
import { candidatTitle } from "@/components/layout/record-titles";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { requireUser } from "@/lib/auth/auth-session";
import { listCandidatHistoryForUser } from "@/lib/candidats/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return candidatTitle("Historique du candidat", (await params).id);
}

export default async function CandidatHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const history = await listCandidatHistoryForUser(user, (await params).id);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <HistoryTable events={history.events} />
    </>
  );
}
