import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { formatDateTimeParis } from "@/lib/dates";
import { readSmtpSettings } from "@/lib/mail/config";
import { ENVOI_STATUTS, envoiStateLabels, lettresAnnuleesMessage, type EnvoiState } from "@/lib/sessions/letters/envoi-state";
import { listConvocationEnvois } from "@/lib/sessions/letters/envois";
import { getSessionForUser } from "@/lib/sessions/load";
import { FeuillesEmargement } from "./_components/FeuillesEmargement";
import { PvSection } from "./_components/PvSection";
import { ParcheminsSession } from "./_components/ParcheminsSession";
import { SendConvocations } from "./_components/SendConvocations";

const severities: Record<EnvoiState, "info" | "success" | "warning"> = { jamais_envoyee: "info", envoyee: "success", a_renvoyer: "warning" };

export default async function SessionDocumentsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const session = await getSessionForUser(user, id);
  if (!session) notFound();
  if (session.statut === "annulee") {
    return (
      <>
        <h2>Lettres de convocation du jury</h2>
        <div data-testid="documents-annulee">
          <Alert
            severity="info"
            small
            description={`${lettresAnnuleesMessage(session.numero)} Les convocations ne sont plus envoyées aux jurés.${session.motifStatut ? ` Motif de l'annulation : ${session.motifStatut}` : ""}`}
          />
        </div>
      </>
    );
  }
  const envois = await listConvocationEnvois(user, session.id);
  const base = `/sessions/${session.id}/documents/convocations`;
  const pv = <PvSection user={user} session={session} />;

  const emargement = <FeuillesEmargement session={session} />;

  if (envois.length === 0) {
    return (
      <>
        {emargement}
        {pv}
        <ParcheminsSession user={user} session={session} />
        <h2>Lettres de convocation du jury</h2>
        <p data-testid="documents-vide">Aucun juré n&apos;est convoqué à cette session : les lettres de convocation apparaîtront ici dès que le jury sera composé (onglet Jury).</p>
      </>
    );
  }

  const smtp = readSmtpSettings();
  const aEnvoyer = envois.filter((e) => e.etat !== "envoyee" && e.email).length;
  const disabledReason = !smtp.ok
    ? smtp.message
    : !(ENVOI_STATUTS as readonly string[]).includes(session.statut)
      ? "Les convocations s'envoient lorsque la session est déclarée ou que son jury est constitué."
      : aEnvoyer === 0
        ? "Toutes les lettres à jour ont été envoyées aux jurés qui ont une adresse électronique."
        : null;

  return (
    <>
      {emargement}
      {pv}
      <ParcheminsSession user={user} session={session} />
      <h2>Lettres de convocation du jury</h2>
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={base} download>
          Toutes les lettres du jury (PDF)
        </a>
      </p>
      <div className="fr-table fr-table--no-caption">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Lettres de convocation par juré</caption>
                <thead>
                  <tr>
                    <th scope="col">Juré</th>
                    <th scope="col">Adresse électronique</th>
                    <th scope="col">Envoi par courriel</th>
                    <th scope="col">Lettre</th>
                  </tr>
                </thead>
                <tbody>
                  {envois.map((e) => {
                    const nom = `${e.civilite} ${e.nom} ${e.prenoms}`;
                    return (
                      <tr key={e.jureId}>
                        <td>{nom}</td>
                        <td>{e.email ?? <span className="fr-text--sm">sans adresse électronique</span>}</td>
                        <td>
                          <Badge severity={severities[e.etat]} small noIcon>
                            {envoiStateLabels[e.etat]}
                          </Badge>
                          {e.lettreEnvoyeeAt && <span className="fr-text--sm fr-ml-1w">le {formatDateTimeParis(e.lettreEnvoyeeAt)}</span>}
                        </td>
                        <td>
                          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`${base}/${e.jureId}`} download>
                            Lettre (PDF)<span className="fr-sr-only"> de {nom}</span>
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>

      <h2 className="fr-mt-4w">Envoi par courriel</h2>
      <p>
        Chaque juré reçoit sa lettre (PDF) et une invitation pour son agenda (.ics). Une lettre envoyée avant un changement de dates ou d&apos;horaire est à
        renvoyer : seuls les jurés dont la lettre n&apos;a jamais été envoyée ou n&apos;est plus à jour la reçoivent.
      </p>
      <SendConvocations sessionId={session.id} aEnvoyer={aEnvoyer} disabledReason={disabledReason} />
    </>
  );
}
