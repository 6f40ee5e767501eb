import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireUser } from "@/lib/auth/auth-session";
import { mentionNaissance, nomComplet } from "@/lib/candidats/display";
import { resolveCandidatForUser } from "@/lib/candidats/queries";

// Out of scope → 404 (R9). A merged record (tombstone) leads to its survivor (307) when that one is in scope.
export default async function CandidatLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser();
  const { id } = await params;
  const resolved = await resolveCandidatForUser(user, id);
  if (!resolved) notFound();
  if ("redirect" in resolved) redirect(`/candidats/${resolved.redirect}`);
  const { candidat } = resolved;
  const base = `/candidats/${candidat.id}`;
  return (
    <>
      <Breadcrumb currentPageLabel={nomComplet(candidat)} segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Candidats", linkProps: { href: "/candidats" } }]} />
      <h1>
        {candidat.civilite} {nomComplet(candidat)}
      </h1>
      <p className="fr-text--lead">{mentionNaissance(candidat)}</p>
      <RouteTabs
        label={`Candidat ${nomComplet(candidat)}`}
        tabs={[
          { href: base, label: "Fiche et parcours" },
          { href: `${base}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
