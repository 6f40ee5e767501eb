"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import type { CommuneValue } from "@/components/commune-combobox/CommuneCombobox";
import { CommuneField } from "@/components/form/CommuneField";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { siteSchema } from "@/lib/centres/schemas";
import { saveSiteAction } from "../../actions";

type Existing = { id: string; version: number; libelle: string; adresse: string; codePostal: string; commune: CommuneValue };

/** Adds a site, or edits one when `existing` is given. */
export function SiteForm({ centreId, existing, onDone }: { centreId: string; existing?: Existing; onDone?: () => void }) {
  const router = useRouter();
  const empty = { centreId, libelle: "", adresse: "", codePostal: "", communeCode: "" };
  const { form, submit } = useActionForm(siteSchema, {
    defaultValues: existing
      ? { centreId, id: existing.id, version: existing.version, libelle: existing.libelle, adresse: existing.adresse, codePostal: existing.codePostal, communeCode: existing.commune.code }
      : empty,
  });
  const onSubmit = submit(saveSiteAction, () => {
    if (!existing) form.reset(empty);
    onDone?.();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert form={form} />
      <TextField form={form} name="libelle" label="Nom du site" hint="Par exemple : Plateau technique de Bagnols" />
      <TextField form={form} name="adresse" label="Adresse" />
      <TextField form={form} name="codePostal" label="Code postal" />
      <CommuneField form={form} name="communeCode" label="Commune" initial={existing?.commune ?? null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {existing ? "Enregistrer le site" : "Ajouter le site"}
      </Button>
    </form>
  );
}
