"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Result } from "@/lib/result";
import { imprimerParcheminsSessionAction } from "../../../../parchemins/actions";

const confirmModal = createModal({ id: "confirmer-impression-parchemins", isOpenedByDefault: false });

/**
 * The UD prints a validated session's parchemins: the prints are recorded (original for those never
 * printed, duplicata for the others), then the browser downloads the one PDF of all of them.
 */
export function ImprimerParchemins({ sessionId, total, dejaImprimes }: { sessionId: string; total: number; dejaImprimes: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Result<{ imprimes: number; originaux: number }> | null>(null);

  function imprimer() {
    confirmModal.close();
    startTransition(async () => {
      const outcome = await imprimerParcheminsSessionAction({ sessionId }).catch(() => ({ ok: false as const, code: "indisponible" as const, message: "Le serveur n'a pas répondu : rechargez la page avant de recommencer." }));
      setResult(outcome);
      if (outcome.ok) {
        window.location.assign(`/sessions/${sessionId}/documents/parchemins`);
        router.refresh();
      }
    });
  }

  return (
    <>
      <Button iconId="fr-icon-printer-line" onClick={() => (dejaImprimes > 0 ? confirmModal.open() : imprimer())} disabled={pending}>
        {pending ? "Préparation…" : dejaImprimes > 0 ? "Réimprimer tous les parchemins (PDF)" : "Imprimer les parchemins (PDF)"}
      </Button>
      <div aria-live="polite">
        {result && !result.ok && <Alert severity="error" small description={result.message} role="alert" className="fr-mt-2w" />}
        {result?.ok && (
          <Alert
            severity="success"
            small
            className="fr-mt-2w"
            description={`${result.data.imprimes} parchemin(s) enregistré(s) comme imprimé(s), dont ${result.data.originaux} original(aux) : le PDF se télécharge.`}
          />
        )}
      </div>
      <confirmModal.Component
        title="Réimprimer tous les parchemins ?"
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: "Réimprimer", doClosesModal: false, onClick: imprimer },
        ]}
      >
        <p>
          {dejaImprimes} des {total} parchemins ont déjà été imprimés : ils le seront à nouveau comme duplicatas (mention « Duplicata », même numéro), et chaque
          impression est enregistrée à votre nom.
        </p>
      </confirmModal.Component>
    </>
  );
}
