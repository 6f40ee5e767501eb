import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { requireUser } from "@/lib/auth/auth-session";
import { listDepartementHistory } from "@/lib/territoires/queries";

export const metadata: Metadata = { title: "Historique du département" };

export default async function DepartementHistoryPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const { code } = await params;
  const history = await listDepartementHistory(user, code);
  if (!history) notFound();
  return (
    <>
      <h2 className="fr-h4">Historique</h2>
      <HistoryTable events={history.events} />
    </>
  );
}
