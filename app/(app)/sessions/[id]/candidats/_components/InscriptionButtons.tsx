"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { desinscrireCandidatAction, inscrireCandidatAction } from "@/app/(app)/candidats/actions";
import { parcoursLabels } from "@/lib/candidats/audit";

function useAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<{ ok: boolean; message?: string }>) {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      if (!result.ok) setError(result.message ?? "La demande a été refusée.");
      else router.refresh();
    } catch {
      setError("Le service n'a pas pu enregistrer votre demande. Réessayez dans un instant.");
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

/** Registers an existing record into the session, with its parcours. */
export function InscrireButton({ sessionId, candidatId, nom }: { sessionId: string; candidatId: string; nom: string }) {
  const id = useId();
  const [parcours, setParcours] = useState("");
  const { error, busy, run } = useAction();
  return (
    <div>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-auto">
          <label className="fr-label" htmlFor={`${id}-parcours`}>
            Parcours de {nom}
          </label>
          <select className="fr-select" id={`${id}-parcours`} value={parcours} onChange={(e) => setParcours(e.target.value)}>
            <option value="">Choisissez</option>
            {Object.entries(parcoursLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-auto">
          <Button size="small" disabled={busy || !parcours} onClick={() => run(() => inscrireCandidatAction({ sessionId, candidatId, parcours }))}>
            Inscrire
          </Button>
        </div>
      </div>
      {error && <Alert severity="error" small description={error} className="fr-mt-1w" role="alert" />}
    </div>
  );
}

/** Removes an inscription, after a confirmation. */
export function RetirerButton({ sessionId, inscriptionId, nom }: { sessionId: string; inscriptionId: string; nom: string }) {
  const [confirming, setConfirming] = useState(false);
  const { error, busy, run } = useAction();
  return (
    <div>
      {confirming ? (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
          <li>
            <Button size="small" disabled={busy} onClick={() => run(() => desinscrireCandidatAction({ sessionId, inscriptionId }))}>
              Confirmer le retrait de {nom}
            </Button>
          </li>
          <li>
            <Button size="small" priority="secondary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </li>
        </ul>
      ) : (
        <Button size="small" priority="tertiary" onClick={() => setConfirming(true)}>
          Retirer
        </Button>
      )}
      {error && <Alert severity="error" small description={error} className="fr-mt-1w" role="alert" />}
    </div>
  );
}
