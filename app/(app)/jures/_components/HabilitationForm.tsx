"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { habilitationSchema } from "@/lib/jures/schemas";
import { createHabilitationAction } from "../actions";

/** Opens a habilitation for a title version, with the competence facts its periods will be checked on. */
export function HabilitationForm({ jureId, versions }: { jureId: string; versions: { value: string; label: string }[] }) {
  const router = useRouter();
  const { form, submit } = useActionForm(habilitationSchema, {
    defaultValues: { jureId, titreVersionId: "", dateDebutEmploi: "", dateDerniereOccupation: "", dateProfessionnalisation: "", commentaires: "" },
    mode: "onSubmit",
  });
  const onSubmit = submit(createHabilitationAction, (data) => {
    router.push(`/jures/habilitations/${data.id}?cree=1`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <SelectField form={form} name="titreVersionId" label="Version du titre (champ de compétences)" placeholder="Choisissez une version" options={versions} />
      <TextField form={form} name="dateDebutEmploi" type="date" label="Date de début d'emploi lié au TP (facultatif)" />
      <TextField form={form} name="dateDerniereOccupation" type="date" label="Dernière date connue d'occupation de l'emploi (facultatif)" />
      <TextField form={form} name="dateProfessionnalisation" type="date" label="Date de professionnalisation (facultatif)" hint="Session d'information des membres de jury" />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Ouvrir l'habilitation"}
      </Button>
    </form>
  );
}
