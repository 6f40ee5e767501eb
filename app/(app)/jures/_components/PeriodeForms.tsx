"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { formatIsoDate } from "@/lib/dates";
import { extensionSchema, periodeSchema } from "@/lib/jures/schemas";
import { addPeriodeAction, extendPeriodeAction } from "../actions";

/** The agent's written justification, needed only when a criterion is not met (the refusal says which). */
const derogation = {
  label: "Justification d'une dérogation (facultatif)",
  hint: "À remplir seulement pour habiliter malgré un critère non rempli : elle sera conservée et visible avec la période.",
};

export function PeriodeForm({ habilitationId, version, finDeVie }: { habilitationId: string; version: number; finDeVie: string | null }) {
  const router = useRouter();
  const { form, submit } = useActionForm(periodeSchema, { defaultValues: { habilitationId, version, dateDebut: "", dateFin: "", derogation: "" }, mode: "onSubmit" });
  // The page re-renders with the new version, and remounts this form (its key is the version).
  const onSubmit = submit(addPeriodeAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <TextField form={form} name="dateDebut" type="date" label="Début" />
      <TextField form={form} name="dateFin" type="date" label="Fin" hint={finDeVie ? `Au plus tard la fin de vie de la version, le ${formatIsoDate(finDeVie)}.` : undefined} />
      <TextAreaField form={form} name="derogation" {...derogation} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Ajouter la période"}
      </Button>
    </form>
  );
}

export function ExtensionForm({ habilitationId, version, periodes }: { habilitationId: string; version: number; periodes: { id: string; label: string }[] }) {
  const router = useRouter();
  const initial = { habilitationId, version, periodeId: periodes.at(-1)?.id ?? "", dateFin: "", derogation: "" };
  const { form, submit } = useActionForm(extensionSchema, { defaultValues: initial, mode: "onSubmit" });
  const onSubmit = submit(extendPeriodeAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <SelectField form={form} name="periodeId" label="Période" placeholder="Choisissez une période" options={periodes.map((p) => ({ value: p.id, label: p.label }))} />
      <TextField form={form} name="dateFin" type="date" label="Nouvelle fin" />
      <TextAreaField form={form} name="derogation" {...derogation} />
      <Button type="submit" priority="secondary" disabled={form.formState.isSubmitting}>
        Étendre la période
      </Button>
    </form>
  );
}
