import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { titreTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { getTitreForUser, listNsfOptions } from "@/lib/titres/queries";
import { VersionForm } from "@/app/(app)/titres/_components/VersionForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Modifier une version", (await params).id);
}

export default async function EditVersionPage({ params }: { params: Promise<{ id: string; versionId: string }> }) {
  const user = await requireRole("national");
  const { id, versionId } = await params;
  const titre = await getTitreForUser(user, id);
  const version = titre?.versions.find((v) => v.id === versionId);
  if (!titre || !version) notFound();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h2 className="fr-h4">Modifier la version : {version.label}</h2>
        <VersionForm
          key={version.version}
          titreId={titre.id}
          nsfOptions={await listNsfOptions()}
          existing={{
            versionId: version.id,
            version: version.version,
            values: {
              millesime: version.millesime ?? "",
              dateVersion: version.dateVersion ?? "",
              niveau: version.niveau === null ? "" : String(version.niveau),
              rncp: version.rncp ?? "",
              nsfCode: version.nsfCode ?? "",
              finDeVie: version.finDeVie ?? "",
            },
          }}
        />
      </div>
    </div>
  );
}
