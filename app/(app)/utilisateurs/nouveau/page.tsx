import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/auth-session";
import { listTerritoryOptions } from "@/lib/users/queries";
import { UserForm } from "../_components/UserForm";

export const metadata: Metadata = { title: "Créer un utilisateur" };

export default async function NewUserPage() {
  await requireRole("national");
  return (
    <>
      <Breadcrumb
        currentPageLabel="Créer un utilisateur"
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Utilisateurs", linkProps: { href: "/utilisateurs" } }]}
      />
      <h1>Créer un utilisateur</h1>
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <UserForm territories={await listTerritoryOptions()} />
        </div>
      </div>
    </>
  );
}
