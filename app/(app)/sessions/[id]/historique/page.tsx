import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { requireUser } from "@/lib/auth/auth-session";
import { listSessionHistoryForUser } from "@/lib/sessions/queries";

export const metadata: Metadata = { title: "Session — Historique" };

export default async function SessionHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const history = await listSessionHistoryForUser(user, id);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <HistoryTable events={history.events} />
    </>
  );
}
