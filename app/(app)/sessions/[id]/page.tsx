import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/auth-session";
import { formatDateTimeParis, formatIsoDate } from "@/lib/dates";
import { convocationFields } from "@/lib/sessions/defaults";
import { getSessionDetailForUser } from "@/lib/sessions/queries";
import { availableTransitions, SESSION_MODIFIABLE, sessionStatutLabels } from "@/lib/sessions/transitions";
import { SessionEditForm } from "./_components/SessionEditForm";
import { TransitionButtons } from "./_components/TransitionButtons";

export const metadata: Metadata = { title: "Session — Informations" };

/** Transitions with a button on this page; the results steps come with the results screens. */
const BUTTONS = ["declarer", "annuler", "renvoyer", "valider"] as const;

export default async function SessionInformationsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const detail = await getSessionDetailForUser(user, id);
  if (!detail) notFound();
  const { session: s, ccps, sites, agrement } = detail;
  const open = availableTransitions(s.statut, user.role);
  const transitions = BUTTONS.filter((t) => open.includes(t));
  const modifiable = SESSION_MODIFIABLE.includes(s.statut);
  const chosen = ccps.filter((c) => c.chosen);
  return (
    <>
      {s.motifStatut && (
        <Alert
          severity={s.statut === "annulee" ? "error" : "warning"}
          small
          className="fr-mb-3w"
          description={`${s.statut === "annulee" ? "Motif de l'annulation" : "Motif du renvoi"} : ${s.motifStatut}`}
        />
      )}
      <TransitionButtons id={s.id} version={s.version} transitions={[...transitions]} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-lg-6" aria-labelledby="titre-infos">
          <h2 id="titre-infos" className="fr-h4">
            Informations
          </h2>
          <dl className="ceres-dl" data-testid="session-informations">
            <dt>Numéro</dt>
            <dd>{s.numero}</dd>
            <dt>Titre</dt>
            <dd>
              {s.titreCode} — {s.titreIntitule}, {s.versionLibelle}
            </dd>
            <dt>Centre</dt>
            <dd>
              <Link href={`/centres/${s.centreId}`}>{s.centreRaisonSociale}</Link> (SIRET {s.centreSiret})
            </dd>
            <dt>Site</dt>
            <dd>
              {s.siteLibelle}, {s.siteAdresse}, {s.siteCodePostal} {s.siteCommuneNom}
            </dd>
            <dt>Dates</dt>
            <dd>{s.dateFin === s.dateDebut ? `le ${formatIsoDate(s.dateDebut)}` : `du ${formatIsoDate(s.dateDebut)} au ${formatIsoDate(s.dateFin)}`}</dd>
            <dt>Heure de début</dt>
            <dd>{s.heureDebut} (heure de Paris)</dd>
            <dt>Convocation</dt>
            <dd>
              {formatDateTimeParis(s.convocationAt)} {s.convocationSaisie ? "(saisie)" : "(suit le premier jour)"}
            </dd>
            <dt>Nombre de places</dt>
            <dd>{s.capacite}</dd>
            <dt>Nature</dt>
            <dd>
              {s.type === "ccp" ? (
                <>
                  Session CCP :
                  <ul className="fr-mb-0">
                    {chosen.map((c) => (
                      <li key={c.id}>{c.label}</li>
                    ))}
                  </ul>
                </>
              ) : (
                "Session titre (tous les CCP de la version)"
              )}
            </dd>
            <dt>Statut</dt>
            <dd>
              {sessionStatutLabels[s.statut]}
              {s.motifStatut ? ` — ${s.motifStatut}` : ""}
            </dd>
            <dt>Agrément utilisé</dt>
            <dd>
              {agrement ? (
                <Link href={`/agrements/${agrement.id}`}>
                  {agrement.validFrom ? `valide du ${formatIsoDate(agrement.validFrom)}${agrement.validTo ? ` au ${formatIsoDate(agrement.validTo)}` : ""}` : "voir l'agrément"}
                  {agrement.legacyRef ? ` (VALCE ${agrement.legacyRef})` : ""}
                </Link>
              ) : (
                "—"
              )}
            </dd>
          </dl>
        </section>
        <div className="fr-col-12 fr-col-lg-6">
          {modifiable ? (
            <SessionEditForm
              key={s.version}
              sites={sites}
              ccps={ccps.map(({ id: ccpId, label }) => ({ id: ccpId, label }))}
              values={{
                id: s.id,
                version: s.version,
                siteId: s.siteId,
                dateDebut: s.dateDebut,
                dateFin: s.dateFin,
                heureDebut: s.heureDebut,
                convocationSaisie: s.convocationSaisie,
                ...convocationFields(s.convocationAt),
                capacite: s.capacite,
                type: s.type,
                ccpIds: chosen.map((c) => c.id),
              }}
            />
          ) : (
            <p className="fr-hint-text">La session est à l&apos;état « {sessionStatutLabels[s.statut]} » : ses informations ne se modifient plus.</p>
          )}
        </div>
      </div>
    </>
  );
}
