"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { centreTypeSchema } from "@/lib/centres/schemas";
import { setCentreTypeAction } from "../../actions";

/** Appends a dated type: the former ones stay in the history (R1 reads the type of the session's date). */
export function TypeForm({ centreId, version }: { centreId: string; version: number }) {
  const router = useRouter();
  const { form, submit } = useActionForm(centreTypeSchema, {
    defaultValues: { id: centreId, version, typeCentre: undefined, validFrom: "" },
  });
  const onSubmit = submit(setCentreTypeAction, () => {
    form.reset({ id: centreId, version: version + 1, typeCentre: undefined, validFrom: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <SelectField
        form={form}
        name="typeCentre"
        label="Nouveau type"
        placeholder="Choisissez un type"
        options={[
          { value: "CFA", label: "CFA — centre de formation d'apprentis" },
          { value: "CRP", label: "CRP — centre de rééducation professionnelle" },
          { value: "Autre", label: "Autre" },
        ]}
      />
      <TextField form={form} name="validFrom" type="date" label="S'applique à partir du" />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Enregistrer le type
      </Button>
    </form>
  );
}
