"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { formatIsoDate } from "@/lib/dates";
import { extensionSchema, periodeSchema } from "@/lib/jures/schemas";
import { addPeriodeAction, extendPeriodeAction } from "../actions";

/** The agent's written justification, needed only when a criterion is not met (the refusal says which). */
function Derogation<T extends FieldValues, TOutput>({ form }: { form: UseFormReturn<T, unknown, TOutput> }) {
  const error = (form.formState.errors as Record<string, { message?: string } | undefined>).derogation?.message;
  return (
    <Input
      label="Justification d'une dérogation (facultatif)"
      hintText="À remplir seulement pour habiliter malgré un critère non rempli : elle sera conservée et visible avec la période."
      textArea
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeTextAreaProps={{ ...form.register("derogation" as Path<T>), rows: 3 }}
    />
  );
}

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
      <Derogation form={form} />
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
      <Derogation form={form} />
      <Button type="submit" priority="secondary" disabled={form.formState.isSubmitting}>
        Étendre la période
      </Button>
    </form>
  );
}
