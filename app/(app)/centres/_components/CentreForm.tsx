"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { CommuneField } from "@/components/form/CommuneField";
import { CheckboxGroupField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { reseauxCentre } from "@/lib/centres/constants";
import { centreSchema } from "@/lib/centres/schemas";
import { createCentreAction } from "../actions";

export function CentreForm() {
  const router = useRouter();
  const { form, submit } = useActionForm(centreSchema, {
    defaultValues: { siret: "", raisonSociale: "", adresse: "", codePostal: "", communeCode: "", reseaux: [] },
  });
  const onSubmit = submit(createCentreAction, (data) => {
    router.push(`/centres/${data.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <FormAlert form={form} />
      <TextField form={form} name="siret" label="SIRET" hint="14 chiffres, espaces acceptés" autoComplete="off" />
      <TextField form={form} name="raisonSociale" label="Raison sociale" />
      <TextField form={form} name="adresse" label="Adresse" hint="Numéro, voie, complément" />
      <TextField form={form} name="codePostal" label="Code postal" />
      <CommuneField form={form} name="communeCode" label="Commune" />
      <CheckboxGroupField form={form} name="reseaux" legend="Réseaux (facultatif)" orientation="horizontal" options={reseauxCentre.map((r) => ({ value: r, label: r }))} />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : "Créer le centre"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: "/centres" }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
