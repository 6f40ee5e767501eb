import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireRole } from "@/lib/auth/auth-session";
import { civiliteNomPrenoms, nomPrenoms } from "@/lib/jures/display";
import { getHabilitationForUser } from "@/lib/jures/queries";

/** The screen users know as "CERES ACCUEIL": one juror's habilitation for one title version. */
export default async function HabilitationLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireRole("national", "regional");
  const { id } = await params;
  const h = await getHabilitationForUser(user, id);
  if (!h) notFound();
  const base = `/jures/habilitations/${h.id}`;
  return (
    <>
      <Breadcrumb
        currentPageLabel={h.code}
        segments={[
          { label: "Accueil", linkProps: { href: "/" } },
          { label: "Jurés", linkProps: { href: "/jures" } },
          { label: nomPrenoms(h), linkProps: { href: `/jures/${h.jureId}/habilitations` } },
        ]}
      />
      <p className="fr-text--sm fr-mb-1w">CERES ACCUEIL — Habilitation</p>
      <h1 className="fr-h2">{h.label}</h1>
      <p className="fr-text--lead" data-testid="jure-habilite">
        {civiliteNomPrenoms(h)}
      </p>
      <RouteTabs
        label={`Habilitation de ${nomPrenoms(h)}`}
        tabs={[
          { href: base, label: "Habilitation" },
          { href: `${base}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
