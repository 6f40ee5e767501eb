"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import type { CommuneValue } from "@/components/commune-combobox/CommuneCombobox";
import type { PaysValue } from "@/components/commune-combobox/PaysCombobox";
import { CommuneField } from "@/components/form/CommuneField";
import { TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { emptyIdentity, IdentityFields, type IdentityFormValues } from "@/components/form/IdentityFields";
import { useActionForm } from "@/components/form/use-action-form";
import { jureSchema } from "@/lib/jures/schemas";
import { createJureAction, updateJureAction } from "../actions";

/** Every field as typed in the form (the schema turns empty strings into nulls). */
export type JureFormValues = IdentityFormValues & {
  civilite: string;
  residenceCommuneCode: string;
  email: string;
  telephone: string;
  employeurRaisonSociale: string;
  employeurSiret: string;
};

export const emptyJure: JureFormValues = {
  civilite: "",
  ...emptyIdentity,
  residenceCommuneCode: "",
  email: "",
  telephone: "",
  employeurRaisonSociale: "",
  employeurSiret: "",
};

/** The places of a stored juror, as the comboboxes show a chosen value. */
export type JurePlaces = { naissanceCommune: CommuneValue | null; naissancePays: PaysValue | null; residence: CommuneValue | null };

type Props = {
  /** Absent for a creation. */
  existing?: { id: string; version: number; values: JureFormValues; places: JurePlaces };
};

/**
 * The juror's record. The birth commune is searched as it was on the birth date (R6: a commune that no
 * longer exists is found), the residence among current communes; the server checks both again.
 */
export function JureForm({ existing }: Props) {
  const router = useRouter();
  const defaults = existing?.values ?? emptyJure;
  const { form, submit } = useActionForm(jureSchema, { defaultValues: { ...defaults, civilite: jureSchema.shape.civilite.options.find((c) => c === defaults.civilite) }, mode: "onSubmit" });

  const onSubmit = submit(
    (values) => (existing ? updateJureAction({ ...values, id: existing.id, version: existing.version }) : createJureAction(values)),
    (data) => {
      router.push(`/jures/${data.id}?${existing ? "modifie" : "cree"}=1`);
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <FormAlert form={form} />
      <IdentityFields form={form} initial={existing?.places} prenomsHint="Dans l'ordre de l'état civil" dateInput="iso" />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Résidence et coordonnées</legend>
        <div className="fr-fieldset__element">
          <CommuneField
            form={form}
            name="residenceCommuneCode"
            label="Commune de résidence"
            hint="Une commune actuelle (nom, code postal ou code INSEE) : elle détermine l'unité départementale qui gère le juré."
            initial={existing?.places.residence ?? null}
          />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="email" type="email" label="Adresse électronique (facultatif)" hint="Format attendu : prenom.nom@domaine.fr" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="telephone" type="tel" label="Téléphone (facultatif)" hint="Par exemple 06 12 34 56 78" autoComplete="off" />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Employeur (facultatif)</legend>
        <div className="fr-fieldset__element">
          <TextField form={form} name="employeurRaisonSociale" label="Raison sociale de l'employeur" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="employeurSiret" label="SIRET de l'employeur" hint="14 chiffres" autoComplete="off" />
        </div>
      </fieldset>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : existing ? "Enregistrer les modifications" : "Créer le juré"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: existing ? `/jures/${existing.id}` : "/jures" }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
