import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { jureTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { listJureHistoryForUser } from "@/lib/jures/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return jureTitle("Historique du juré", (await params).id);
}

export default async function JureHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("national", "regional");
  const { id } = await params;
  const history = await listJureHistoryForUser(user, id);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <HistoryTable events={history.events} />
    </>
  );
}
