import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { titreTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { getTitreForUser } from "@/lib/titres/queries";
import { TitreForm } from "../../_components/TitreForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titreTitle("Modifier le titre", (await params).id);
}

export default async function EditTitrePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("national");
  const titre = await getTitreForUser(user, (await params).id);
  if (!titre) notFound();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h2 className="fr-h4">Modifier le titre</h2>
        <TitreForm
          key={titre.version}
          existing={{ id: titre.id, version: titre.version, values: { code: titre.code, intitule: titre.intitule, sigle: titre.sigle ?? "" } }}
        />
      </div>
    </div>
  );
}
