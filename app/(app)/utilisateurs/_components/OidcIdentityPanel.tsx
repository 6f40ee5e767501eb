"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { unbindOidcIdentityAction } from "../actions";

const confirmModal = createModal({ id: "confirmer-dissociation-proconnect", isOpenedByDefault: false });

type Props = { id: string; version: number; bound: boolean; name: string };

/** The ProConnect identity bound to the account, and its removal behind a confirmation dialog. */
export function OidcIdentityPanel({ id, version, bound, name }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await unbindOidcIdentityAction({ id, version, reason });
      confirmModal.close();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setReason("");
      setDone(true);
      router.refresh();
    });
  }

  return (
    <section className="fr-p-3w fr-mt-3w fr-background-alt--grey" aria-labelledby="titre-proconnect">
      <h2 id="titre-proconnect" className="fr-h5">
        Identité ProConnect
      </h2>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
      {done && !bound && (
        <Alert severity="success" small description="L'identité ProConnect a été dissociée." className="fr-mb-2w" role="status" />
      )}
      {bound ? (
        <>
          <p>Une identité ProConnect est associée à ce compte : elle seule l'ouvre par ProConnect.</p>
          <Button priority="secondary" nativeButtonProps={confirmModal.buttonProps}>
            Dissocier l&apos;identité ProConnect
          </Button>
        </>
      ) : (
        <p>Aucune identité ProConnect associée. La prochaine connexion par ProConnect avec l&apos;adresse du compte l&apos;associera.</p>
      )}
      <confirmModal.Component
        title={`Dissocier l'identité ProConnect de ${name} ?`}
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: pending ? "Enregistrement…" : "Dissocier l'identité", doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        <p>
          Les connexions ouvertes prennent fin. À sa prochaine connexion par ProConnect, la personne associera de nouveau une
          identité, celle qui porte l&apos;adresse électronique du compte.
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
