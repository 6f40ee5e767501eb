import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { TitreForm } from "../_components/TitreForm";

export const metadata: Metadata = { title: "Créer un titre" };

export default async function NewTitrePage() {
  await requireRole("national");
  return (
    <>
      <Breadcrumb
        currentPageLabel="Créer un titre"
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Titres professionnels", linkProps: { href: "/titres" } }]}
      />
      <h1>Créer un titre</h1>
      <p>Créez d&apos;abord le titre, puis ajoutez sa version (date, niveau, NSF) et ses CCP depuis sa fiche.</p>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <TitreForm />
        </div>
      </div>
    </>
  );
}
