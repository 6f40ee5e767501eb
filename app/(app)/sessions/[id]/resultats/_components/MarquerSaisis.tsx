"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fireSessionTransitionAction } from "../../../actions";

/** "Résultats saisis": fires the session's transition, refused while a candidate has no decision. */
export function MarquerSaisis({ sessionId, version }: { sessionId: string; version: number }) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function marquer() {
    start(async () => {
      const result = await fireSessionTransitionAction({ id: sessionId, version, transition: "saisir_resultats" });
      setErreur(result.ok ? null : result.message);
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
