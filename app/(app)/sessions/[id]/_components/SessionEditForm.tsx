"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import type { UpdateSessionInput } from "@/lib/sessions/schemas";
import { updateSessionSchema } from "@/lib/sessions/schemas";
import { PlanningFields } from "../../_components/PlanningFields";
import { updateSessionAction } from "../../actions";

type Props = {
  values: UpdateSessionInput;
  sites: { id: string; label: string }[];
  ccps: { id: string; label: string }[];
};

/** The Informations tab's form, while the session may still change; saved with the version it was loaded at. */
export function SessionEditForm({ values, sites, ccps }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit } = useActionForm(updateSessionSchema, { defaultValues: values });
  const onSubmit = submit(
    (v) => {
      setSaved(false);
      return updateSessionAction(v);
    },
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="titre-modifier">
      <h2 id="titre-modifier" className="fr-h4">
        Modifier la session
      </h2>
      <FormAlert form={form} />
      {saved && <Alert severity="success" small description="Modifications enregistrées." className="fr-mb-2w" role="status" />}
      <SelectField form={form} name="siteId" label="Site" options={sites.map((s) => ({ value: s.id, label: s.label }))} placeholder="Choisissez le site" />
      <PlanningFields form={form} ccps={ccps} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="fr-mt-2w">
        {form.formState.isSubmitting ? "Enregistrement…" : "Enregistrer les modifications"}
      </Button>
    </form>
  );
}
