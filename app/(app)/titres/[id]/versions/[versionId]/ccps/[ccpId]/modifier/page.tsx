import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { titreTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { getTitreForUser } from "@/lib/titres/queries";
import { CcpForm } from "@/app/(app)/titres/_components/CcpForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Modifier un CCP", (await params).id);
}

export default async function EditCcpPage({ params }: { params: Promise<{ id: string; versionId: string; ccpId: string }> }) {
  const user = await requireRole("national");
  const { id, versionId, ccpId } = await params;
  const titre = await getTitreForUser(user, id);
  const version = titre?.versions.find((v) => v.id === versionId);
  const ccp = version?.ccps.find((c) => c.id === ccpId);
  if (!titre || !version || !ccp) notFound();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h2 className="fr-h4">
          Modifier le CCP {ccp.numero} de la version : {version.label}
        </h2>
        <CcpForm
          key={version.version}
          titreId={titre.id}
          versionId={version.id}
          version={version.version}
          ccpId={ccp.id}
          values={{ numero: String(ccp.numero), libelle: ccp.libelle }}
        />
      </div>
    </div>
  );
}
