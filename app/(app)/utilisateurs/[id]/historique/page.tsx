import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { requireRole } from "@/lib/auth/auth-session";
import { listUserHistoryForUser } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Historique de l'utilisateur" };

export default async function UserHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("national");
  const { id } = await params;
  const history = await listUserHistoryForUser(user, id);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <HistoryTable events={history.events} />
    </>
  );
}
