import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { habilitationTitle } from "@/components/layout/record-titles";
import { requireRole } from "@/lib/auth/auth-session";
import { formatIsoDate } from "@/lib/dates";
import { critereLabels, type Critere } from "@/lib/jures/criteria";
import { prolongationText } from "@/lib/jures/habilitation-status";
import { getHabilitationForUser } from "@/lib/jures/queries";
import { listInterventions } from "@/lib/sessions/jury-queries";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { CompetencesForm } from "../../_components/CompetencesForm";
import { ExtensionForm, PeriodeForm } from "../../_components/PeriodeForms";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return habilitationTitle("Habilitation", (await params).id);
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** A missing value is shown as what to do: "Date de professionnalisation à saisir". */
function DateOrPrompt({ value, label }: { value: string | null; label: string }) {
  return value ? <>{formatIsoDate(value)}</> : <span className="ceres-prompt">{label} à saisir</span>;
}

export default async function HabilitationPage({ params, searchParams }: Props) {
  const user = await requireRole("national", "regional");
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const h = await getHabilitationForUser(user, id);
  if (!h) notFound();
  const { status } = h;
  const interventions = await listInterventions(user, h);
  const missing = [
    !h.dateDebutEmploi && "Date de début d'emploi lié au TP",
    !h.dateDerniereOccupation && "Dernière date connue d'occupation de l'emploi",
    !h.dateProfessionnalisation && "Date de professionnalisation",
  ].filter((m): m is string => Boolean(m));
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-7">
        {flags.cree && <Alert severity="success" small description="L'habilitation a été ouverte : ajoutez sa première période." className="fr-mb-3w" />}
        <p className="fr-h4 fr-mb-1w" data-testid="habilite-jusqu-au">
          {status.finEnregistree ? `Habilité jusqu'au ${formatIsoDate(status.finEnregistree)}` : "Aucune période d'habilitation"}
          {status.finProlongee && <span className="fr-text--md fr-text--regular"> — {prolongationText(status.finProlongee)}</span>}
        </p>
        {missing.map((m) => (
          <p key={m} className="ceres-prompt fr-mb-1w">
            {m} à saisir
          </p>
        ))}

        <h2 className="fr-h5 fr-mt-4w">Interventions</h2>
        {interventions.length === 0 ? (
          <p data-testid="interventions">Aucune intervention pour cette version du titre</p>
        ) : (
          <ul data-testid="interventions">
            {interventions.map((i) => (
              <li key={i.sessionId}>
                Session {i.visible ? <Link href={`/sessions/${i.sessionId}/jury`}>{i.numero}</Link> : i.numero}{" "}
                {i.dateDebut === i.dateFin ? `le ${formatIsoDate(i.dateDebut)}` : `du ${formatIsoDate(i.dateDebut)} au ${formatIsoDate(i.dateFin)}`} — {i.centre} (
                {sessionStatutLabels[i.statut].toLowerCase()})
              </li>
            ))}
          </ul>
        )}

        <h2 className="fr-h5 fr-mt-4w">Compétences</h2>
        <dl className="ceres-dl">
          <dt>Champ de compétences</dt>
          <dd>{h.label}</dd>
          <dt>Date de début d&apos;emploi lié au TP</dt>
          <dd>
            <DateOrPrompt value={h.dateDebutEmploi} label="Date de début d'emploi" />
          </dd>
          <dt>Dernière date connue d&apos;occupation de l&apos;emploi</dt>
          <dd>
            <DateOrPrompt value={h.dateDerniereOccupation} label="Date" />
          </dd>
          <dt>Date de professionnalisation</dt>
          <dd>
            <DateOrPrompt value={h.dateProfessionnalisation} label="Date de professionnalisation" />
          </dd>
        </dl>

        <h2 className="fr-h5">Périodes d&apos;habilitation</h2>
        {status.periodes.length === 0 ? (
          <p>Aucune période enregistrée.</p>
        ) : (
          <ul className="fr-raw-list" data-testid="periodes">
            {status.periodes.map((p) => (
              <li key={p.id} className="fr-mb-2w">
                <strong>
                  {formatIsoDate(p.debut)} → {formatIsoDate(p.fin)}
                </strong>
                {p.finProlongee && <span data-testid="prolongation"> — {prolongationText(p.finProlongee)}</span>}
                {p.derogationMotif && (
                  <p className="fr-text--sm fr-mb-0 ceres-prompt">
                    Habilitation par dérogation ({(p.derogationCriteres ?? []).map((c) => critereLabels[c as Critere] ?? c).join(", ")}) : {p.derogationMotif}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        {h.finDeVie && <p className="fr-text--sm">Fin de vie de cette version du titre : {formatIsoDate(h.finDeVie)}.</p>}

        <h2 className="fr-h5">Commentaires</h2>
        <p data-testid="commentaires" className="ceres-pre-line">
          {h.commentaires ?? "Aucun commentaire."}
        </p>
      </div>
      <div className="fr-col-12 fr-col-lg-5">
        <section className="fr-p-3w fr-mb-3w fr-background-alt--grey" aria-labelledby="titre-ajout-periode">
          <h2 id="titre-ajout-periode" className="fr-h5">
            Ajouter une période
          </h2>
          <PeriodeForm key={h.version} habilitationId={h.id} version={h.version} finDeVie={h.finDeVie} />
        </section>
        {status.periodes.length > 0 && (
          <section className="fr-p-3w fr-mb-3w fr-background-alt--grey" aria-labelledby="titre-extension">
            <h2 id="titre-extension" className="fr-h5">
              Étendre une période
            </h2>
            <ExtensionForm key={h.version} habilitationId={h.id} version={h.version} periodes={status.periodes.map((p) => ({ id: p.id, label: `${formatIsoDate(p.debut)} → ${formatIsoDate(p.fin)}` }))} />
          </section>
        )}
        <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-competences">
          <h2 id="titre-competences" className="fr-h5">
            Modifier les compétences et commentaires
          </h2>
          <CompetencesForm
            key={h.version}
            id={h.id}
            version={h.version}
            values={{
              dateDebutEmploi: h.dateDebutEmploi ?? "",
              dateDerniereOccupation: h.dateDerniereOccupation ?? "",
              dateProfessionnalisation: h.dateProfessionnalisation ?? "",
              commentaires: h.commentaires ?? "",
            }}
          />
        </section>
      </div>
    </div>
  );
}
