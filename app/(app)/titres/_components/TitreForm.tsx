"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { titreSchema, type TitreInput } from "@/lib/titres/schemas";
import { createTitreAction, updateTitreAction } from "../actions";

type Props = {
  /** Absent for a creation. */
  existing?: { id: string; version: number; values: TitreInput };
};

export function TitreForm({ existing }: Props) {
  const router = useRouter();
  const { form, submit } = useActionForm(titreSchema, {
    defaultValues: existing?.values ?? { code: "", intitule: "", sigle: "" },
    // Validated on submit, not on blur: an error appearing on blur moves the submit button away from the pointer.
    mode: "onSubmit",
  });

  const onSubmit = submit(
    (values) => (existing ? updateTitreAction({ ref: { id: existing.id, version: existing.version }, values }) : createTitreAction(values)),
    (data) => {
      router.push(`/titres/${data.id}?enregistre=titre`);
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <FormAlert form={form} />
      <TextField form={form} name="code" label="Code du titre" hint="TP- suivi de 5 chiffres, par exemple TP-00391" autoComplete="off" />
      <TextField form={form} name="intitule" label="Intitulé" hint="Tel qu'il figure dans l'arrêté, par exemple « Assistant(e) de vie aux familles »" autoComplete="off" />
      <TextField form={form} name="sigle" label="Sigle (facultatif)" hint="Par exemple ADVF" autoComplete="off" />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : existing ? "Enregistrer les modifications" : "Créer le titre"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: existing ? `/titres/${existing.id}` : "/titres" }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
