import { Card } from "@codegouvfr/react-dsfr/Card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { countUsersForUser } from "@/lib/users/stats";
import { SuiviResultats } from "./SuiviResultats";

export async function NationalHome({ user }: { user: Extract<CurrentUser, { role: "national" }> }) {
  const counts = await countUsersForUser(user);
  return (
    <>
      <h1>Tableau de bord national</h1>
      <p className="fr-text--lead">Bonjour {user.prenom}. Vous administrez CERES pour l&apos;ensemble du territoire.</p>
      <SuiviResultats user={user} />
      <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <div className="fr-col-12 fr-col-md-4">
          <Card
            title="Utilisateurs"
            desc={`${counts.actifs} compte${counts.actifs > 1 ? "s" : ""} actif${counts.actifs > 1 ? "s" : ""} sur ${counts.total}${counts.verrouilles ? `, dont ${counts.verrouilles} verrouillé${counts.verrouilles > 1 ? "s" : ""}` : ""}.`}
            linkProps={{ href: "/utilisateurs" }}
            enlargeLink
            titleAs="h2"
          />
        </div>
      </div>
    </>
  );
}
