import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireRole } from "@/lib/auth/auth-session";
import { civiliteNomPrenoms, mentionNaissance, nomPrenoms } from "@/lib/jures/display";
import { getJureForUser } from "@/lib/jures/queries";

// Juror records exist for agents of the juror's scope only: for anyone else, including centre users, 404.
export default async function JureLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireRole("national", "regional");
  const { id } = await params;
  const jure = await getJureForUser(user, id);
  if (!jure) notFound();
  const base = `/jures/${jure.id}`;
  const mention = mentionNaissance(jure);
  return (
    <>
      <Breadcrumb currentPageLabel={nomPrenoms(jure)} segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Jurés", linkProps: { href: "/jures" } }]} />
      <p className="fr-text--sm fr-mb-1w">CERES ACCUEIL — Membre de jury</p>
      <h1>
        {civiliteNomPrenoms(jure)}
        {mention && <span className="fr-text--lead"> ({mention})</span>}
      </h1>
      <RouteTabs
        label={`Juré ${nomPrenoms(jure)}`}
        tabs={[
          { href: base, label: "Fiche" },
          { href: `${base}/habilitations`, label: "Habilitations" },
          { href: `${base}/liens`, label: "Liens avec des centres" },
          { href: `${base}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
