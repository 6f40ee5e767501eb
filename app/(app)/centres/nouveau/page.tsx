import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { CentreForm } from "../_components/CentreForm";

export const metadata: Metadata = { title: "Créer un centre" };

export default async function NewCentrePage() {
  await requireRole("national", "regional");
  return (
    <>
      <Breadcrumb currentPageLabel="Créer un centre" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Centres", linkProps: { href: "/centres" } }]} />
      <h1>Créer un centre</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <CentreForm />
        </div>
      </div>
    </>
  );
}
