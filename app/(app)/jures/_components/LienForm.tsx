"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { submitToAction, useActionForm } from "@/components/form/use-action-form";
import { lienSchema } from "@/lib/jures/schemas";
import { saveLienAction } from "../actions";

/** Declares a link between the juror and a centre, named by its SIRET. */
export function LienForm({ jureId, jureVersion }: { jureId: string; jureVersion: number }) {
  const router = useRouter();
  const { form, submit } = useActionForm(lienSchema, {
    defaultValues: { jureId, jureVersion, centreSiret: "", type: undefined, precision: "", dateDebut: "", dateFin: "" },
    mode: "onSubmit",
  });
  const onSubmit = submit(saveLienAction, () => {
    form.reset({ jureId, jureVersion: jureVersion + 1, centreSiret: "", type: undefined, precision: "", dateDebut: "", dateFin: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <TextField form={form} name="centreSiret" label="SIRET du centre" hint="14 chiffres" autoComplete="off" />
      <SelectField
        form={form}
        name="type"
        label="Nature du lien"
        placeholder="Choisissez"
        options={[
          { value: "salarie", label: "Salarié du centre" },
          { value: "formateur", label: "Formateur au centre" },
          { value: "autre", label: "Autre lien" },
        ]}
      />
      <TextField form={form} name="precision" label="Précision (obligatoire pour un autre lien)" autoComplete="off" />
      <TextField form={form} name="dateDebut" type="date" label="Depuis le" />
      <TextField form={form} name="dateFin" type="date" label="Jusqu'au (facultatif)" hint="Laissez vide pour un lien en cours" />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Déclarer le lien
      </Button>
    </form>
  );
}

type Lien = { id: string; type: z.input<typeof lienSchema>["type"]; precision: string | null; dateDebut: string; centreNom: string; centreSiret: string };

/** Ends a link on a date: the juror becomes eligible again for the centre's sessions after it. */
export function EndLienForm({ jureId, jureVersion, lien }: { jureId: string; jureVersion: number; lien: Lien }) {
  const router = useRouter();
  const { form } = useActionForm(lienSchema, {
    defaultValues: { jureId, jureVersion, id: lien.id, centreSiret: lien.centreSiret, type: lien.type, precision: lien.precision ?? "", dateDebut: lien.dateDebut, dateFin: "" },
    mode: "onSubmit",
  });
  const onSubmit = form.handleSubmit(async () => {
    // The schema lets a link stay open; ending one needs its end date.
    if (!form.getValues().dateFin) {
      form.setError("dateFin", { message: "Saisissez la date de fin du lien." });
      return;
    }
    const result = await submitToAction(form, () => saveLienAction(form.getValues()));
    if (result.ok) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="ceres-row-actions">
      <FormAlert form={form} />
      <TextField form={form} name="dateFin" type="date" label={<>Fin du lien<span className="fr-sr-only"> avec {lien.centreNom}</span></>} />
      <Button type="submit" size="small" priority="secondary" disabled={form.formState.isSubmitting}>
        Mettre fin
      </Button>
    </form>
  );
}
