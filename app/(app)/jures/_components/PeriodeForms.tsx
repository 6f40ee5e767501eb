"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { submitToAction } from "@/components/form/submit-action";
import { formatIsoDate } from "@/lib/dates";
import { extensionSchema, periodeSchema } from "@/lib/jures/schemas";
import { addPeriodeAction, extendPeriodeAction } from "../actions";

/** The agent's written justification, needed only when a criterion is not met (the refusal says which). */
function Derogation<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
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

type PeriodeValues = { habilitationId: string; version: number; dateDebut: string; dateFin: string; derogation: string };

export function PeriodeForm({ habilitationId, version, finDeVie }: { habilitationId: string; version: number; finDeVie: string | null }) {
  const router = useRouter();
  const form = useForm<PeriodeValues>({ resolver: zodResolver(periodeSchema) as never, defaultValues: { habilitationId, version, dateDebut: "", dateFin: "", derogation: "" }, mode: "onSubmit" });
  const onSubmit = form.handleSubmit(async () => {
    const result = await submitToAction(form, () => addPeriodeAction(form.getValues()));
    // The page re-renders with the new version, and remounts this form (its key is the version).
    if (result.ok) router.refresh();
  });
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

type ExtensionValues = { habilitationId: string; version: number; periodeId: string; dateFin: string; derogation: string };

export function ExtensionForm({ habilitationId, version, periodes }: { habilitationId: string; version: number; periodes: { id: string; label: string }[] }) {
  const router = useRouter();
  const initial = { habilitationId, version, periodeId: periodes.at(-1)?.id ?? "", dateFin: "", derogation: "" };
  const form = useForm<ExtensionValues>({ resolver: zodResolver(extensionSchema) as never, defaultValues: initial, mode: "onSubmit" });
  const onSubmit = form.handleSubmit(async () => {
    const result = await submitToAction(form, () => extendPeriodeAction(form.getValues()));
    if (result.ok) router.refresh();
  });
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
