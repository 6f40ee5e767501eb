import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryTable } from "@/components/audit/HistoryTable";
import { departementTitle } from "@/components/layout/record-titles";
import { requireUser } from "@/lib/auth/auth-session";
import { listDepartementHistory } from "@/lib/territoires/queries";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  return departementTitle("Historique du département", (await params).code);
}

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
