import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireUser } from "@/lib/auth/auth-session";
import { getCentreForUser } from "@/lib/centres/queries";

export default async function CentreLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser();
  const { id } = await params;
  const centre = await getCentreForUser(user, id);
  if (!centre) notFound();
  const base = `/centres/${centre.id}`;
  return (
    <>
      <Breadcrumb
        currentPageLabel={centre.raisonSociale}
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, ...(user.role === "centre" ? [] : [{ label: "Centres", linkProps: { href: "/centres" } }])]}
      />
      <p className="fr-text--sm fr-mb-1w">CERES ÉTABLISSEMENTS</p>
      <h1>{centre.raisonSociale}</h1>
      <RouteTabs
        label={`Centre ${centre.raisonSociale}`}
        tabs={[
          { href: base, label: "Identification du centre" },
          { href: `${base}/sites`, label: "Sites" },
          { href: `${base}/agrements`, label: "Agréments" },
          { href: `${base}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
