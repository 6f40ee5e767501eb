"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { TextAreaField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { competencesSchema } from "@/lib/jures/schemas";
import { updateCompetencesAction } from "../actions";

type Values = { id: string; version: number; dateDebutEmploi: string; dateDerniereOccupation: string; dateProfessionnalisation: string; commentaires: string };

export function CompetencesForm({ id, version, values }: { id: string; version: number; values: Omit<Values, "id" | "version"> }) {
  const router = useRouter();
  const { form, submit } = useActionForm(competencesSchema, { defaultValues: { id, version, ...values }, mode: "onSubmit" });
  const onSubmit = submit(updateCompetencesAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <TextField form={form} name="dateDebutEmploi" type="date" label="Date de début d'emploi lié au TP" />
      <TextField form={form} name="dateDerniereOccupation" type="date" label="Dernière date connue d'occupation de l'emploi" />
      <TextField form={form} name="dateProfessionnalisation" type="date" label="Date de professionnalisation" />
      <TextAreaField form={form} name="commentaires" label="Commentaires" />
      <Button type="submit" priority="secondary" disabled={form.formState.isSubmitting}>
        Enregistrer
      </Button>
    </form>
  );
}
