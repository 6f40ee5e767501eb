"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { useActionForm } from "@/components/form/use-action-form";
import { versionSchema } from "@/lib/titres/schemas";
import { createVersionAction, updateVersionAction } from "../actions";

/** What the form holds: every field as typed (the level is the value of a select). */
export type VersionFormValues = { millesime: string; dateVersion: string; niveau: string; rncp: string; nsfCode: string; finDeVie: string };

type Props = {
  titreId: string;
  nsfOptions: { code: string; libelle: string }[];
  /** Absent for a new version. */
  existing?: { versionId: string; version: number; values: VersionFormValues };
};

const empty: VersionFormValues = { millesime: "", dateVersion: "", niveau: "", rncp: "", nsfCode: "", finDeVie: "" };

export function VersionForm({ titreId, nsfOptions, existing }: Props) {
  const router = useRouter();
  const { form, submit } = useActionForm(versionSchema, {
    defaultValues: existing?.values ?? empty,
    // Validated on submit, not on blur: an error appearing on blur moves the submit button away from the pointer.
    mode: "onSubmit",
  });

  const onSubmit = submit(
    (values) =>
      existing
        ? updateVersionAction({ ref: { titreId, versionId: existing.versionId, version: existing.version }, values })
        : createVersionAction({ ref: { titreId }, values }),
    (data) => {
      router.push(`/titres/${titreId}?enregistre=version#version-${data.id}`);
      router.refresh();
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <FormAlert form={form} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Identification de la version</legend>
        <div className="fr-fieldset__element">
          <TextField form={form} name="millesime" label="Millésime (facultatif)" hint="2 chiffres, par exemple 07" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="dateVersion" type="date" label="Date de la version" hint="Date de l'arrêté qui crée ou révise le titre" />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Certification</legend>
        <div className="fr-fieldset__element">
          <SelectField
            form={form}
            name="niveau"
            label="Niveau"
            hint="Niveau du cadre national des certifications"
            options={[3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: `Niveau ${n}` }))}
          />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="rncp" label="Numéro RNCP (facultatif)" hint="Par exemple RNCP37715" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            form={form}
            name="nsfCode"
            label="Code NSF"
            hint="Groupe de 3 chiffres et lettre de fonction, par exemple 330t. Il est imprimé sur le parchemin."
            autoComplete="off"
            list="codes-nsf"
          />
          <datalist id="codes-nsf">
            {nsfOptions.map((o) => (
              <option key={o.code} value={o.code}>
                {o.libelle}
              </option>
            ))}
          </datalist>
        </div>
        <div className="fr-fieldset__element">
          <TextField
            form={form}
            name="finDeVie"
            type="date"
            label="Fin de vie (facultatif)"
            hint="Dernier jour de validité de la version ; les CFA et CRP peuvent encore organiser des sessions 24 mois après."
          />
        </div>
      </fieldset>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : existing ? "Enregistrer la version" : "Ajouter la version"}
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: `/titres/${titreId}` }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
