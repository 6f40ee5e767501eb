"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { removeJureSchema } from "@/lib/sessions/jury-schemas";
import { removeJureAction } from "../actions";

/** "Retirer" opens the reason field: a juror is never removed without one. */
export function RemoveJureForm({ sessionId, jureId, nom }: { sessionId: string; jureId: string; nom: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, submit } = useActionForm(removeJureSchema, { defaultValues: { sessionId, jureId, motif: "" } });
  const onSubmit = submit(removeJureAction, () => {
    setOpen(false);
    router.refresh();
  });
  if (!open) {
    return (
      <Button type="button" size="small" priority="secondary" iconId="fr-icon-close-line" onClick={() => setOpen(true)}>
        Retirer<span className="fr-sr-only"> {nom} du jury</span>
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Retirer ${nom} du jury`}>
      <FormAlert form={form} />
      <TextField form={form} name="motif" label={<>Motif du retrait<span className="fr-sr-only"> de {nom}</span></>} autoComplete="off" />
      <div className="fr-btns-group fr-btns-group--inline-sm">
        <Button type="submit" size="small" disabled={form.formState.isSubmitting}>
          Confirmer le retrait
        </Button>
        <Button type="button" size="small" priority="tertiary" onClick={() => setOpen(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
