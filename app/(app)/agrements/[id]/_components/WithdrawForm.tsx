"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { withdrawAgrementAction } from "../../actions";

const modal = createModal({ id: "retirer-agrement", isOpenedByDefault: false });

/** Withdrawing an accepted agrément: behind a confirmation, with a reason the centre will read. */
export function WithdrawForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [motif, setMotif] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  function confirm() {
    start(async () => {
      const result = await withdrawAgrementAction({ id, version, motif });
      if (!result.ok) {
        setError(result.fieldErrors?.motif?.[0] ?? result.message);
        return;
      }
      modal.close();
      setError(null);
      router.refresh();
    });
  }
  return (
    <section className="fr-mb-4w">
      <Button priority="secondary" nativeButtonProps={modal.buttonProps}>
        Retirer l&apos;agrément
      </Button>
      <modal.Component
        title="Retirer cet agrément ?"
        buttons={[
          { children: "Annuler", priority: "secondary", doClosesModal: true },
          { children: pending ? "Retrait…" : "Retirer l'agrément", doClosesModal: false, onClick: confirm, disabled: pending },
        ]}
      >
        <p>Le centre ne pourra plus créer de session pour ce titre sur ce site. Les sessions déjà créées ne sont pas modifiées.</p>
        {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
        <Input label="Motif du retrait" hintText="Il est communiqué au centre." textArea nativeTextAreaProps={{ value: motif, onChange: (e) => setMotif(e.target.value) }} />
      </modal.Component>
    </section>
  );
}
