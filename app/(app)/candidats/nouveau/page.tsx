import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/auth-session";
import { CandidatForm } from "../_components/CandidatForm";

export const metadata: Metadata = { title: "Créer une fiche candidat" };

export default async function NewCandidatPage() {
  await requireUser();
  return (
    <>
      <Breadcrumb currentPageLabel="Créer une fiche candidat" segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Candidats", linkProps: { href: "/candidats" } }]} />
      <h1>Créer une fiche candidat</h1>
      <p>Une seule fiche par personne, pour tout son parcours : avant de créer la fiche, CERES cherche si cette personne en a déjà une.</p>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <CandidatForm />
        </div>
      </div>
    </>
  );
}
