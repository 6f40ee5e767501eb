"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { undoMergeAction } from "../actions";

const undoModal = createModal({ id: "confirmer-annulation-fusion", isOpenedByDefault: false });

export function UndoMerge({ fusionId, survivant, fusionne }: { fusionId: string; survivant: string; fusionne: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function undo() {
    startTransition(async () => {
      const result = await undoMergeAction({ fusionId });
      undoModal.close();
      if (!result.ok) setError(result.message);
      else router.push(`/candidats/${result.data.survivantId}`);
    });
  }

  return (
    <>
      {error && <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" />}
      <Button priority="secondary" iconId="fr-icon-arrow-go-back-line" onClick={() => undoModal.open()} disabled={pending}>
        Annuler la fusion
      </Button>
      <undoModal.Component
        title="Annuler cette fusion ?"
        buttons={[
          { children: "Garder la fusion", priority: "secondary", doClosesModal: true },
          { children: pending ? "Annulation…" : "Confirmer l'annulation", doClosesModal: false, onClick: undo, disabled: pending },
        ]}
      >
        <p>
          Les fiches {survivant} et {fusionne} retrouvent exactement leur état d&apos;avant la fusion, inscriptions comprises. L&apos;annulation figure dans
          l&apos;historique des deux fiches.
        </p>
      </undoModal.Component>
    </>
  );
}
