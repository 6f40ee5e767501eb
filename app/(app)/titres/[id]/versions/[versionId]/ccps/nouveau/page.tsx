import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { titreTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { getTitreForUser } from "@/lib/titres/queries";
import { CcpForm } from "@/app/(app)/titres/_components/CcpForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Ajouter un CCP", (await params).id);
}

export default async function NewCcpPage({ params }: { params: Promise<{ id: string; versionId: string }> }) {
  const user = await requireRole("national");
  const { id, versionId } = await params;
  const titre = await getTitreForUser(user, id);
  const version = titre?.versions.find((v) => v.id === versionId);
  if (!titre || !version) notFound();
  const next = Math.max(0, ...version.ccps.map((c) => c.numero)) + 1;
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h2 className="fr-h4">Ajouter un CCP à la version : {version.label}</h2>
        <CcpForm titreId={titre.id} versionId={version.id} version={version.version} values={{ numero: String(next), libelle: "" }} />
      </div>
    </div>
  );
}
