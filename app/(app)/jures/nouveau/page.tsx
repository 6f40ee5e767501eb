import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { JureForm } from "../_components/JureForm";

export const metadata: Metadata = { title: "Créer un juré" };

export default async function NewJurePage() {
  await requireRole("national", "regional");
  return (
    <>
      <Breadcrumb currentPageLabel="Créer un juré" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Jurés", linkProps: { href: "/jures" } }]} />
      <h1>Créer un juré</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <JureForm />
        </div>
      </div>
    </>
  );
}
