"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fireSessionTransitionAction } from "../../../actions";

/** "Résultats saisis": fires the session's transition, refused while a candidate has no decision. */
export function MarquerSaisis({ sessionId, version, decisions }: { sessionId: string; version: number; decisions: number }) {
  const router = useRouter();
  // A refusal is about the decisions counted when it was given: it goes away once that count changes.
  const [refus, setRefus] = useState<{ message: string; decisions: number } | null>(null);
  const erreur = refus?.decisions === decisions ? refus.message : null;
  const [pending, start] = useTransition();
  function marquer() {
    start(async () => {
      const result = await fireSessionTransitionAction({ id: sessionId, version, transition: "saisir_resultats" });
      setRefus(result.ok ? null : { message: result.message, decisions });
      router.refresh();
    });
  }
  return (
    <div className="fr-mt-3w">
      <div aria-live="assertive">{erreur && <Alert severity="error" small description={erreur} className="fr-mb-2w" />}</div>
      <Button onClick={marquer} disabled={pending} iconId="fr-icon-check-line" iconPosition="left">
        {pending ? "Enregistrement…" : "Marquer les résultats comme saisis"}
      </Button>
    </div>
  );
}
