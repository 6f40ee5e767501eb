import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireUser } from "@/lib/auth/auth-session";
import { getTitreForUser } from "@/lib/titres/queries";

export default async function TitreLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser();
  const { id } = await params;
  const titre = await getTitreForUser(user, id);
  if (!titre) notFound();
  const name = `${titre.code} ${titre.intitule}`;
  return (
    <>
      <Breadcrumb
        currentPageLabel={titre.code}
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Titres professionnels", linkProps: { href: "/titres" } }]}
      />
      <h1>
        {titre.code} — {titre.intitule}
        {titre.sigle && <span className="fr-text--lead"> ({titre.sigle})</span>}
      </h1>
      <RouteTabs
        label={`Titre ${name}`}
        tabs={[
          { href: `/titres/${titre.id}`, label: "Fiche" },
          { href: `/titres/${titre.id}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
