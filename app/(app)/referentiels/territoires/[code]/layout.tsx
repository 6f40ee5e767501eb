import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireUser } from "@/lib/auth/auth-session";
import { getDepartement } from "@/lib/territoires/queries";

export default async function DepartementLayout({ params, children }: { params: Promise<{ code: string }>; children: ReactNode }) {
  const user = await requireUser();
  const { code } = await params;
  const departement = await getDepartement(user, code);
  if (!departement) notFound();
  const title = `${departement.nom} (${departement.code})`;
  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        segments={[
          { label: "Accueil", linkProps: { href: "/" } },
          { label: "Régions et départements", linkProps: { href: "/referentiels/territoires" } },
        ]}
      />
      <h1>{title}</h1>
      <RouteTabs
        label={`Département ${title}`}
        tabs={[
          { href: `/referentiels/territoires/${departement.code}`, label: "Unité départementale" },
          { href: `/referentiels/territoires/${departement.code}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
