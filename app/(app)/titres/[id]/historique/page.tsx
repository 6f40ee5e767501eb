import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { titreTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { listTitreHistoryForUser } from "@/lib/titres/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Historique du titre", (await params).id);
}

export default async function TitreHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const history = await listTitreHistoryForUser(user, id);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <p className="fr-text--sm">Les modifications du titre, de ses versions et de leurs CCP, les plus récentes en premier.</p>
      <HistoryTable events={history.events} />
    </>
  );
}
