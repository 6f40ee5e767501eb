"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { requestAgrementSchema } from "@/lib/agrements/schemas";
import { requestAgrementAction } from "../../actions";

type Option = { value: string; label: string };

export function RequestForm({ centreId, sites, versions }: { centreId: string; sites: Option[]; versions: Option[] }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, submit } = useActionForm(requestAgrementSchema, { defaultValues: { centreId, titreVersionId: "", siteId: "" } });
  const onSubmit = submit(requestAgrementAction, () => {
    setDone(true);
    form.reset({ centreId, titreVersionId: "", siteId: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {done && <Alert severity="success" small description="Votre demande a été transmise à la DREETS pour instruction." className="fr-mb-2w" />}
      <FormAlert form={form} />
      <SelectField form={form} name="titreVersionId" label="Titre et version" placeholder="Choisissez un titre en vigueur" options={versions} />
      <SelectField form={form} name="siteId" label="Site d'examen" placeholder="Choisissez un site" options={sites} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Envoi…" : "Déposer la demande"}
      </Button>
    </form>
  );
}
