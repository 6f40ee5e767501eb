"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { Result } from "@/lib/result";
import type { SendConvocationsReport } from "@/lib/sessions/send-convocations";
import { sendConvocationsAction } from "../actions";

const confirmModal = createModal({ id: "confirmer-envoi-convocations", isOpenedByDefault: false });

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

function Report({ result }: { result: Result<SendConvocationsReport> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [result]);
  if (!result.ok) {
    return (
      <div ref={ref} tabIndex={-1} className="fr-mt-2w">
        <Alert severity="error" small description={result.message} role="alert" />
      </div>
    );
  }
  const { envoyes, echecs, sansAdresse, dejaAJour, enCours } = result.data;
  const severity = echecs.length ? "error" : sansAdresse.length ? "warning" : "success";
  return (
    <div ref={ref} tabIndex={-1} className="fr-mt-2w" data-testid="rapport-envoi">
      <Alert
        severity={severity}
        role="alert"
        title={envoyes.length ? `${plural(envoyes.length, "convocation envoyée", "convocations envoyées")}` : "Aucune convocation envoyée"}
        description={
          <ul className="fr-mb-0">
            {envoyes.length > 0 && <li>Envoyée à : {envoyes.join(", ")}.</li>}
            {echecs.map((e) => (
              <li key={e.destinataire}>
                Échec pour {e.destinataire} : {e.message}.
              </li>
            ))}
            {sansAdresse.length > 0 && <li>Sans adresse électronique (lettre à remettre autrement) : {sansAdresse.join(", ")}.</li>}
            {dejaAJour.length > 0 && <li>Déjà à jour, non renvoyée : {dejaAJour.join(", ")}.</li>}
            {enCours.length > 0 && <li>Envoi déjà en cours (autre demande), non renvoyée : {enCours.join(", ")}.</li>}
          </ul>
        }
      />
    </div>
  );
}

/**
 * "Envoyer les convocations": asks for confirmation, then mails every juror whose letter was never sent or
 * is out of date. `disabledReason` (no SMTP, wrong status, nobody to send to) disables it and is shown.
 */
export function SendConvocations({ sessionId, aEnvoyer, disabledReason }: { sessionId: string; aEnvoyer: number; disabledReason: string | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Result<SendConvocationsReport> | null>(null);
  // A second click on "Envoyer" before React renders the pending state (double click) sends nothing more; the
  // server also claims each juror, for two users or two tabs.
  const sending = useRef(false);

  function confirm() {
    confirmModal.close();
    if (sending.current) return;
    sending.current = true;
    startTransition(async () => {
      try {
        const outcome = await sendConvocationsAction({ sessionId }).catch(() => ({ ok: false as const, code: "indisponible" as const, message: "Le serveur n'a pas répondu : vérifiez l'état des envois avant de recommencer." }));
        setResult(outcome);
        router.refresh();
      } finally {
        sending.current = false;
      }
    });
  }

  return (
    <>
      <Button iconId="fr-icon-mail-line" onClick={() => confirmModal.open()} disabled={pending || disabledReason !== null} aria-describedby={disabledReason ? "envoi-indisponible" : undefined}>
        {pending ? "Envoi en cours…" : "Envoyer les convocations"}
      </Button>
      {disabledReason && (
        <p id="envoi-indisponible" className="fr-message fr-message--info fr-mt-1w">
          {disabledReason}
        </p>
      )}
      {pending && (
        <p className="fr-mt-1w" role="status">
          Envoi des convocations en cours, ne quittez pas la page…
        </p>
      )}
      {result && <Report result={result} />}
      <confirmModal.Component
        title="Envoyer les convocations ?"
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: "Envoyer", doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        <p>
          {plural(aEnvoyer, "juré recevra", "jurés recevront")} par courriel sa lettre de convocation (PDF) et une invitation pour son agenda. Les jurés déjà
          destinataires de la lettre à jour ne la recevront pas une seconde fois.
        </p>
      </confirmModal.Component>
    </>
  );
}
