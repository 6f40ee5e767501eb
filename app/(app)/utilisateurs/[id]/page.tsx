import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { utilisateurTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { formatDateTimeParis } from "@/lib/dates";
import { getUserForUser, listTerritoryOptions } from "@/lib/users/queries";
import { ActivationPanel } from "../_components/ActivationPanel";
import { OidcIdentityPanel } from "../_components/OidcIdentityPanel";
import { UserForm } from "../_components/UserForm";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return utilisateurTitle("Utilisateur", (await params).id);
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const user = await requireRole("national");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const account = await getUserForUser(user, id);
  if (!account) notFound();
  const locked = account.lockedUntil && account.lockedUntil > new Date();
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-8">
        {flags.cree && <Alert severity="success" small description="L'utilisateur a été créé." className="fr-mb-3w" />}
        {flags.modifie && <Alert severity="success" small description="Les modifications ont été enregistrées." className="fr-mb-3w" />}
        {locked && (
          <Alert
            severity="warning"
            small
            className="fr-mb-3w"
            description={`Connexion bloquée depuis au moins une adresse après des échecs répétés, jusqu'au ${formatDateTimeParis(account.lockedUntil)}. Le titulaire peut toujours se connecter depuis une autre adresse.`}
          />
        )}
        <h2 className="fr-h4">Informations du compte</h2>
        <UserForm
          key={account.version}
          territories={await listTerritoryOptions()}
          existing={{
            id: account.id,
            version: account.version,
            values: {
              email: account.email,
              prenom: account.prenom,
              nom: account.nom,
              role: account.role,
              regionCode: account.regionCode ?? "",
              departementCode: account.departementCode ?? "",
              centreSiret: account.centreSiret ?? "",
              password: "",
            },
          }}
        />
      </div>
      <div className="fr-col-12 fr-col-lg-4">
        <ActivationPanel
          id={account.id}
          version={account.version}
          active={account.active}
          name={`${account.prenom} ${account.nom}`}
          isSelf={account.id === user.id}
          lastLogin={account.lastLoginAt ? formatDateTimeParis(account.lastLoginAt) : null}
        />
        <OidcIdentityPanel id={account.id} version={account.version} bound={account.proConnectLie} name={`${account.prenom} ${account.nom}`} />
      </div>
    </div>
  );
}
