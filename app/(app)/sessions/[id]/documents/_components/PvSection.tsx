import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDateTimeParis } from "@/lib/dates";
import { getPvDepose } from "@/lib/resultats/validation-detail";
import type { SessionRecord } from "@/lib/sessions/load";
import { availableTransitions } from "@/lib/sessions/transitions";
import { TransmissionForm } from "./TransmissionForm";

const ko = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")} ko`;

/** The Documents tab's PV block: the PV to print and sign, the signed scan, and the transmission to the UD. */
export async function PvSection({ user, session }: { user: CurrentUser; session: Pick<SessionRecord, "id" | "statut" | "version"> }) {
  const pv = await getPvDepose(session.id);
  const transmettre = availableTransitions(session.statut, user.role).includes("transmettre");
  return (
    <section className="fr-mb-4w" aria-labelledby="titre-pv">
      <h2 id="titre-pv">Procès-verbal de la session</h2>
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/sessions/${session.id}/documents/pv`} download>
          PV de session (PDF)
        </a>
        <span className="fr-hint-text">Le jury, ses membres et les résultats de chaque candidat, avec un cadre de signature par juré.</span>
      </p>
      {pv ? (
        <p data-testid="pv-signe">
          <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/sessions/${session.id}/documents/pv-signe`} download>
            PV signé : {pv.nomFichier} ({ko(pv.taille)})
          </a>
          <span className="fr-hint-text">Déposé le {formatDateTimeParis(pv.deposeAt)}.</span>
        </p>
      ) : (
        <p className="fr-hint-text">Aucun PV signé n&apos;a été joint.</p>
      )}
      {transmettre && <TransmissionForm id={session.id} version={session.version} />}
    </section>
  );
}
