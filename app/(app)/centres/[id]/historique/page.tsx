import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { centreTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { listCentreHistoryForUser } from "@/lib/centres/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return centreTitle("Historique du centre", (await params).id);
}

export default async function CentreHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const history = await listCentreHistoryForUser(user, id);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <HistoryTable events={history.events} />
    </>
  );
}
