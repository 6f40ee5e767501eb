import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteTabs } from "@/components/layout/RouteTabs";
import { requireRole } from "@/lib/auth/auth-session";
import { getUserForUser } from "@/lib/users/queries";

export default async function UserLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireRole("national");
  const { id } = await params;
  const account = await getUserForUser(user, id);
  if (!account) notFound();
  const name = `${account.prenom} ${account.nom}`;
  return (
    <>
      <Breadcrumb
        currentPageLabel={name}
        segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Utilisateurs", linkProps: { href: "/utilisateurs" } }]}
      />
      <h1>
        {name}{" "}
        {account.active ? (
          <Badge severity="success" noIcon>
            Actif
          </Badge>
        ) : (
          <Badge severity="error" noIcon>
            Désactivé
          </Badge>
        )}
      </h1>
      <RouteTabs
        label={`Compte de ${name}`}
        tabs={[
          { href: `/utilisateurs/${account.id}`, label: "Fiche" },
          { href: `/utilisateurs/${account.id}/historique`, label: "Historique" },
        ]}
      >
        {children}
      </RouteTabs>
    </>
  );
}
