import { Card } from "@codegouvfr/react-dsfr/Card";
import { getScopeNames } from "@/lib/users/scope-names";
import { listAgrementQueueForUser } from "@/lib/agrements/queries";
import { describeScope, type CurrentUser } from "@/lib/auth/current-user";
import { SuiviResultats } from "./SuiviResultats";

export async function RegionalHome({ user }: { user: Extract<CurrentUser, { role: "regional" }> }) {
  const [names, queue] = await Promise.all([getScopeNames(user), listAgrementQueueForUser(user)]);
  const scope = describeScope(user, names);
  return (
    <>
      <h1>Tableau de bord — {scope}</h1>
      <p className="fr-text--lead">Bonjour {user.prenom}.</p>
      <SuiviResultats user={user} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Card
            title="Demandes d'agrément à instruire"
            desc={queue.length ? `${queue.length} demande${queue.length > 1 ? "s" : ""} en attente de décision.` : "Aucune demande en attente."}
            linkProps={{ href: "/agrements" }}
            enlargeLink
            titleAs="h2"
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Card title="Sessions" desc="Les sessions d'examen tenues sur les sites de votre périmètre." linkProps={{ href: "/sessions" }} enlargeLink titleAs="h2" />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Card title="Centres" desc="Identification, type, sites et agréments des centres de votre périmètre." linkProps={{ href: "/centres" }} enlargeLink titleAs="h2" />
        </div>
      </div>
    </>
  );
}
