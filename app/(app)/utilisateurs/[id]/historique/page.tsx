import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { utilisateurTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { listUserHistoryForUser } from "@/lib/users/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return utilisateurTitle("Historique de l'utilisateur", (await params).id);
}

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
