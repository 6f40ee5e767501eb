import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { titreTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { getTitreForUser, listNsfOptions } from "@/lib/titres/queries";
import { VersionForm } from "@/app/(app)/titres/_components/VersionForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Ajouter une version", (await params).id);
}

export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("national");
  const titre = await getTitreForUser(user, (await params).id);
  if (!titre) notFound();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h2 className="fr-h4">Ajouter une version</h2>
        <VersionForm titreId={titre.id} nsfOptions={await listNsfOptions()} />
      </div>
    </div>
  );
}
