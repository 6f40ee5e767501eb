import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { describeScope, type CurrentUser } from "@/lib/auth/current-user";
import { getScopeNames } from "@/components/layout/scope-names";

export async function RegionalHome({ user }: { user: Extract<CurrentUser, { role: "regional" }> }) {
  const scope = describeScope(user, await getScopeNames(user));
  return (
    <>
      <h1>Tableau de bord — {scope}</h1>
      <p className="fr-text--lead">Bonjour {user.prenom}.</p>
      <CallOut title="Rien à traiter pour l'instant" titleAs="h2">
        Les demandes d&apos;agrément à instruire, les habilitations de jurés et les sessions à valider de votre
        périmètre apparaîtront ici.
      </CallOut>
    </>
  );
}
