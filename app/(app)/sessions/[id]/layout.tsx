import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireUser } from "@/lib/auth/auth-session";
import { getSessionForUser } from "@/lib/sessions/load";
import { sessionStatutLabels } from "@/lib/sessions/transitions";

// A session exists for the centre that runs it, the UD of its site's département, that DREETS and national
// (DOMAIN R9): for anyone else — another centre among them — every tab answers 404.
export default async function SessionLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser();
  const { id } = await params;
  const session = await getSessionForUser(user, id);
  if (!session) notFound();
  const base = `/sessions/${session.id}`;
  return (
    <>
      <Breadcrumb currentPageLabel={`Session ${session.numero}`} segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Sessions", linkProps: { href: "/sessions" } }]} />
      <h1>
        Session {session.numero} <Badge as="span" severity={session.statut === "annulee" ? "error" : session.statut === "validee" ? "success" : "info"} noIcon>{sessionStatutLabels[session.statut]}</Badge>
      </h1>
      <p className="fr-text--lead fr-mb-2w">
        {session.titreCode} {session.titreIntitule} — {session.centreRaisonSociale}, {session.siteLibelle}
      </p>
      <RouteTabs
        label={`Session ${session.numero}`}
        tabs={[
          { href: base, label: "Informations" },
          { href: `${base}/candidats`, label: "Candidats" },
          { href: `${base}/jury`, label: "Jury" },
          { href: `${base}/resultats`, label: "Résultats" },
          { href: `${base}/documents`, label: "Documents" },
          { href: `${base}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
