"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { renvoyerSessionAction, validerSessionAction } from "../../actions";

const validerModal = createModal({ id: "validation-valider", isOpenedByDefault: false });
const renvoyerModal = createModal({ id: "validation-renvoyer", isOpenedByDefault: false });

/** "Valider" and "Renvoyer au centre", each behind a confirmation; the refusal is read out where it happens. */
export function ValidationActions({ id, version, titres, livrets }: { id: string; version: number; titres: number; livrets: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [motif, setMotif] = useState("");
  const [motifError, setMotifError] = useState<string | null>(null);

  function valider() {
    start(async () => {
      const result = await validerSessionAction({ id, version });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      validerModal.close();
      setError(null);
      router.refresh();
    });
  }

  function renvoyer() {
    start(async () => {
      const result = await renvoyerSessionAction({ id, version, motif });
      if (!result.ok) {
        setMotifError(result.fieldErrors?.motif?.[0] ?? result.message);
        return;
      }
      renvoyerModal.close();
      router.push("/validations");
    });
  }

  return (
    <>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-3w" aria-label="Décision sur la session">
        <li>
          <Button nativeButtonProps={validerModal.buttonProps}>Valider</Button>
        </li>
        <li>
          <Button priority="secondary" nativeButtonProps={renvoyerModal.buttonProps}>
            Renvoyer au centre
          </Button>
        </li>
      </ul>
      <validerModal.Component
        title="Valider les résultats de cette session ?"
        buttons={[
          { children: "Revenir à la session", priority: "secondary", doClosesModal: true },
          { children: pending ? "Validation…" : "Valider", doClosesModal: false, onClick: valider, disabled: pending },
        ]}
      >
        <p>
          Les résultats seront verrouillés : une correction passera ensuite par une rectification motivée.{" "}
          {titres > 0 ? `${titres} parchemin${titres > 1 ? "s seront délivrés et numérotés" : " sera délivré et numéroté"}` : "Aucun parchemin ne sera délivré"}
          {livrets > 0 ? `, ${livrets} livret${livrets > 1 ? "s" : ""} de certification` : ""}.
        </p>
        <div aria-live="polite">{error && <Alert severity="error" small description={error} className="fr-mb-2w" />}</div>
      </validerModal.Component>
      <renvoyerModal.Component
        title="Renvoyer cette session au centre ?"
        buttons={[
          { children: "Revenir à la session", priority: "secondary", doClosesModal: true },
          { children: pending ? "Renvoi…" : "Renvoyer", doClosesModal: false, onClick: renvoyer, disabled: pending },
        ]}
      >
        <p>Le centre pourra corriger ses résultats puis transmettre à nouveau la session. Le motif lui est affiché.</p>
        <Input
          label="Motif du renvoi"
          hintText="Obligatoire. Dites au centre ce qu'il doit corriger."
          textArea
          state={motifError ? "error" : "default"}
          stateRelatedMessage={motifError ?? undefined}
          nativeTextAreaProps={{ value: motif, onChange: (e) => setMotif(e.target.value), required: true, maxLength: 500 }}
        />
      </renvoyerModal.Component>
    </>
  );
}
