"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setUserActiveAction } from "../actions";

const confirmModal = createModal({ id: "confirmer-activation", isOpenedByDefault: false });

type Props = { id: string; version: number; active: boolean; name: string; isSelf: boolean; lastLogin: string | null };

/** Deactivate / reactivate, always behind a confirmation dialog, with an optional reason kept in the history. */
export function ActivationPanel({ id, version, active, name, isSelf, lastLogin }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const verb = active ? "Désactiver" : "Réactiver";

  function confirm() {
    startTransition(async () => {
      const result = await setUserActiveAction({ id, version, active: !active, reason });
      confirmModal.close();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setReason("");
      router.refresh();
    });
  }

  return (
    <section className="fr-p-3w fr-background-alt--grey" aria-labelledby="titre-acces">
      <h2 id="titre-acces" className="fr-h5">
        Accès à CERES
      </h2>
      <p>Dernière connexion : {lastLogin ?? "jamais"}.</p>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
      {isSelf ? (
        <p className="fr-text--sm">Vous ne pouvez pas désactiver votre propre compte.</p>
      ) : (
        <Button priority={active ? "secondary" : "primary"} nativeButtonProps={confirmModal.buttonProps}>
          {verb} le compte
        </Button>
      )}
      <confirmModal.Component
        title={`${verb} le compte de ${name} ?`}
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: pending ? "Enregistrement…" : `${verb} le compte`, doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        <p>
          {active
            ? "La personne ne pourra plus se connecter, y compris avec ProConnect, dès sa prochaine action. Ses données et son historique sont conservés."
            : "La personne pourra de nouveau se connecter. Un verrouillage éventuel après des échecs de connexion est levé."}
        </p>
        <Input
          label="Motif (facultatif)"
          hintText="Il sera visible dans l'historique du compte."
          textArea
          nativeTextAreaProps={{ value: reason, onChange: (e) => setReason(e.target.value), maxLength: 500 }}
        />
      </confirmModal.Component>
    </section>
  );
}
