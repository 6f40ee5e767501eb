"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { SelectField, TextField } from "@/components/form/fields";
import { FormAlert } from "@/components/form/FormAlert";
import { submitToAction } from "@/components/form/submit-action";
import { jureSchema } from "@/lib/jures/schemas";
import { createJureAction, updateJureAction } from "../actions";

/** Every field as typed in the form (the schema turns empty strings into nulls). */
export type JureFormValues = {
  civilite: string;
  nomNaissance: string;
  nomUsage: string;
  prenoms: string;
  dateNaissance: string;
  lieuNaissance: "france" | "etranger";
  naissanceCommuneCode: string;
  naissancePaysCode: string;
  naissanceVille: string;
  residenceCommuneCode: string;
  email: string;
  telephone: string;
  employeurRaisonSociale: string;
  employeurSiret: string;
};

export const emptyJure: JureFormValues = {
  civilite: "",
  nomNaissance: "",
  nomUsage: "",
  prenoms: "",
  dateNaissance: "",
  lieuNaissance: "france",
  naissanceCommuneCode: "",
  naissancePaysCode: "",
  naissanceVille: "",
  residenceCommuneCode: "",
  email: "",
  telephone: "",
  employeurRaisonSociale: "",
  employeurSiret: "",
};

type Props = {
  pays: { value: string; label: string }[];
  /** Absent for a creation. */
  existing?: { id: string; version: number; values: JureFormValues };
};

/**
 * The juror's record. Communes are typed as INSEE codes and checked by the server against the référentiel:
 * the birth commune as of the birth date (R6, a commune that no longer exists is accepted), the residence
 * among current communes.
 */
export function JureForm({ pays, existing }: Props) {
  const router = useRouter();
  const form = useForm<JureFormValues>({ resolver: zodResolver(jureSchema) as never, defaultValues: existing?.values ?? emptyJure, mode: "onSubmit" });
  const lieu = form.watch("lieuNaissance");
  const lieuError = form.formState.errors.lieuNaissance?.message;

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await submitToAction(form, () => (existing ? updateJureAction({ ...values, id: existing.id, version: existing.version }) : createJureAction(values)));
    if (result.ok) {
      router.push(`/jures/${result.data.id}?${existing ? "modifie" : "cree"}=1`);
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="mention-obligatoire">
      <p id="mention-obligatoire" className="fr-hint-text">
        Sauf mention contraire, tous les champs sont obligatoires.
      </p>
      <FormAlert message={form.formState.errors.root?.server?.message} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Identité</legend>
        <div className="fr-fieldset__element">
          <SelectField form={form} name="civilite" label="Civilité" placeholder="Choisissez" options={[{ value: "Madame", label: "Madame" }, { value: "Monsieur", label: "Monsieur" }]} />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="nomNaissance" label="Nom de naissance" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="nomUsage" label="Nom d'usage (facultatif)" hint="S'il diffère du nom de naissance" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="prenoms" label="Prénoms" hint="Dans l'ordre de l'état civil" autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name="dateNaissance" type="date" label="Date de naissance" />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Lieu de naissance</legend>
        <div className="fr-fieldset__element">
          <RadioButtons
            legend="Né(e)"
            orientation="horizontal"
            state={lieuError ? "error" : "default"}
            stateRelatedMessage={lieuError}
            options={[
              { label: "En France", nativeInputProps: { ...form.register("lieuNaissance"), value: "france" } },
              { label: "À l'étranger", nativeInputProps: { ...form.register("lieuNaissance"), value: "etranger" } },
            ]}
          />
        </div>
        {lieu === "etranger" ? (
          <>
            <div className="fr-fieldset__element">
              <SelectField form={form} name="naissancePaysCode" label="Pays de naissance" placeholder="Choisissez un pays" options={pays} />
            </div>
            <div className="fr-fieldset__element">
              <TextField form={form} name="naissanceVille" label="Ville de naissance" autoComplete="off" />
            </div>
          </>
        ) : (
          <div className="fr-fieldset__element">
            <TextField
              form={form}
              name="naissanceCommuneCode"
              label="Code INSEE de la commune de naissance"
              hint="Le code de la commune à la date de naissance, même si elle n'existe plus (par exemple 30063 pour Cambo, fusionnée en 1969). Ce n'est pas le code postal."
              autoComplete="off"
            />
          </div>
        )}
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Résidence et coordonnées</legend>
        <div className="fr-fieldset__element">
          <TextField
            form={form}
            name="residenceCommuneCode"
            label="Code INSEE de la commune de résidence"
            hint="Une commune actuelle, par exemple 30189 pour Nîmes. Elle détermine l'unité départementale qui gère le juré."
            autoComplete="off"
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
