import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResultatsLecture } from "@/components/resultats/ResultatsLecture";
import { requireUser } from "@/lib/auth/auth-session";
import { nomComplet } from "@/lib/candidats/display";
import { formatDateTimeParis, formatIsoDate } from "@/lib/dates";
import { lectureDeSession } from "@/lib/resultats/affichage";
import { getSessionValidation } from "@/lib/resultats/validation-detail";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { versionLabel } from "@/lib/titres/current-version";
import { RectificationForm } from "./_components/RectificationForm";
import { ValidationActions } from "./_components/ValidationActions";

export const metadata: Metadata = { title: "Validation d'une session" };

const ko = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")} ko`;

/** A transmitted session read by the validating agent: its results read-only, then Valider or Renvoyer; once validated, rectification. */
export default async function ValidationSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const detail = await getSessionValidation(user, (await params).id);
  if (!detail) notFound();
  const { session: s, resultats, pv } = detail;
  const titres = resultats.candidats.filter((c) => c.decision === "titre_obtenu").length;
  const livrets = resultats.candidats.filter((c) => c.decision === "partiel").length;
  const evalues = new Set(resultats.ccpsEvalues);
  return (
    <>
      <Breadcrumb currentPageLabel={`Session ${s.numero}`} segments={[{ label: "Accueil", linkProps: { href: "/" } }, { label: "Sessions à valider", linkProps: { href: "/validations" } }]} />
      <h1>
        Validation de la session {s.numero}{" "}
        <Badge as="span" severity={s.statut === "validee" ? "success" : s.statut === "transmise" ? "warning" : "info"} noIcon>
          {sessionStatutLabels[s.statut]}
        </Badge>
      </h1>
      <dl className="ceres-dl fr-mb-3w" data-testid="validation-session">
        <dt>Titre</dt>
        <dd>
          {s.titreCode} — {s.titreIntitule}, {versionLabel(s)}
        </dd>
        <dt>Centre</dt>
        <dd>
          {s.centreRaisonSociale} (SIRET {s.centreSiret}), {s.siteLibelle}, {s.siteCommuneNom}
        </dd>
        <dt>Dates</dt>
        <dd>{s.dateFin === s.dateDebut ? `le ${formatIsoDate(s.dateDebut)}` : `du ${formatIsoDate(s.dateDebut)} au ${formatIsoDate(s.dateFin)}`}</dd>
        <dt>Transmise</dt>
        <dd>{detail.transmiseAt ? `le ${formatDateTimeParis(detail.transmiseAt)}` : "pas encore"}</dd>
        <dt>PV de session</dt>
        <dd>
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/sessions/${s.id}/documents/pv`} download>
            PV établi par CERES (PDF)
          </a>
          <br />
          {pv ? (
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/sessions/${s.id}/documents/pv-signe`} download>
              PV signé déposé par le centre : {pv.nomFichier} ({ko(pv.taille)}, le {formatDateTimeParis(pv.deposeAt)})
            </a>
          ) : (
            <span>Aucun PV signé joint par le centre.</span>
          )}
        </dd>
        <dt>Session</dt>
        <dd>
          <Link href={`/sessions/${s.id}`}>Ouvrir la fiche de la session</Link>
        </dd>
      </dl>

      {s.statut === "transmise" && <ValidationActions id={s.id} version={s.version} titres={titres} livrets={livrets} />}
      {s.statut === "validee" && (
        <Alert
          severity="success"
          small
          className="fr-mb-3w"
          description={`Session validée${detail.valideeAt ? ` le ${formatDateTimeParis(detail.valideeAt)}` : ""}${detail.valideePar ? ` par ${detail.valideePar}` : ""}. Les résultats sont verrouillés.`}
        />
      )}
      {s.statut !== "transmise" && s.statut !== "validee" && (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description={`Cette session est à l'état « ${sessionStatutLabels[s.statut]} » : elle n'attend pas de validation.${s.motifStatut ? ` Motif du dernier renvoi : ${s.motifStatut}` : ""}`}
        />
      )}

      <ResultatsLecture
        lecture={lectureDeSession(resultats, s.statut === "validee" ? detail.parchemins : undefined)}
        caption="Résultats de la session (lecture seule)"
        vide={<p>Aucun candidat n&apos;est inscrit à cette session.</p>}
      />

      {s.statut === "validee" && resultats.candidats.length > 0 && (
        <div className="fr-mt-4w">
          <RectificationForm
            sessionId={s.id}
            ccps={resultats.ccpsVersion.filter((c) => evalues.has(c.id))}
            candidats={resultats.candidats
              .filter((c) => c.resultatVersion !== null)
              .map((c) => ({ inscriptionId: c.inscriptionId, nom: nomComplet(c), version: c.resultatVersion!, decision: c.decision, issues: c.issues }))}
          />
        </div>
      )}
    </>
  );
}
