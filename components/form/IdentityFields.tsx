"use client";

import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { BirthPlaceField } from "@/components/commune-combobox/BirthPlaceField";
import type { CommuneValue } from "@/components/commune-combobox/CommuneCombobox";
import type { PaysValue } from "@/components/commune-combobox/PaysCombobox";
import { SelectField, TextField } from "@/components/form/fields";
import { parseFrenchDate } from "@/lib/dates";

/** The identity fields as typed in a candidate's or a juror's form (each types `civilite` its own way). */
export type IdentityFormValues = {
  nomNaissance: string;
  nomUsage: string;
  prenoms: string;
  dateNaissance: string;
  lieuNaissance: "france" | "etranger";
  naissanceCommuneCode: string;
  naissancePaysCode: string;
  naissanceVille: string;
};

/** A blank identity, born in France until the user says otherwise. */
export const emptyIdentity: IdentityFormValues = {
  nomNaissance: "",
  nomUsage: "",
  prenoms: "",
  dateNaissance: "",
  lieuNaissance: "france",
  naissanceCommuneCode: "",
  naissancePaysCode: "",
  naissanceVille: "",
};

type Props<T extends FieldValues, TOutput> = {
  form: UseFormReturn<T, unknown, TOutput>;
  /** The stored birth place, as the comboboxes show a chosen value. */
  initial?: { naissanceCommune: CommuneValue | null; naissancePays: PaysValue | null };
  prenomsHint: string;
  /** "fr": typed JJ/MM/AAAA (a candidate, often copied from a paper file); "iso": the browser's date input. */
  dateInput: "fr" | "iso";
};

/** The "Identité" fieldset and the birth place: the fields a candidate and a juror share, with the same labels. */
export function IdentityFields<T extends FieldValues & { [K in keyof IdentityFormValues | "civilite"]?: unknown }, TOutput>({ form: anyForm, initial, prenomsHint, dateInput }: Props<T, TOutput>) {
  // Both forms hold these fields; react-hook-form cannot check paths on a generic form, hence the cast.
  const form = anyForm as unknown as UseFormReturn<IdentityFormValues & { civilite: string | undefined }, unknown, TOutput>;
  const [commune, setCommune] = useState<CommuneValue | null>(initial?.naissanceCommune ?? null);
  const [pays, setPays] = useState<PaysValue | null>(initial?.naissancePays ?? null);
  const [lieu, ville, dateNaissance] = form.watch(["lieuNaissance", "naissanceVille", "dateNaissance"]);
  const birthDate = dateInput === "fr" ? (dateNaissance ? (parseFrenchDate(dateNaissance) ?? undefined) : undefined) : dateNaissance || undefined;
  const errors = form.formState.errors;
  return (
    <>
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
          <TextField form={form} name="prenoms" label="Prénoms" hint={prenomsHint} autoComplete="off" />
        </div>
        <div className="fr-fieldset__element">
          {dateInput === "fr" ? (
            <TextField form={form} name="dateNaissance" label="Date de naissance" hint="Format attendu : JJ/MM/AAAA" autoComplete="off" />
          ) : (
            <TextField form={form} name="dateNaissance" type="date" label="Date de naissance" />
          )}
        </div>
      </fieldset>
      <BirthPlaceField
        birthDate={birthDate}
        value={lieu === "etranger" ? { lieu: "etranger", pays, ville: ville ?? "" } : { lieu: "france", commune }}
        errors={{ commune: errors.naissanceCommuneCode?.message ?? errors.lieuNaissance?.message, pays: errors.naissancePaysCode?.message, ville: errors.naissanceVille?.message }}
        onChange={(place) => {
          form.setValue("lieuNaissance", place.lieu);
          if (place.lieu === "france") {
            setCommune(place.commune);
            form.setValue("naissanceCommuneCode", place.commune?.code ?? "");
          } else {
            setPays(place.pays);
            form.setValue("naissancePaysCode", place.pays?.code ?? "");
            form.setValue("naissanceVille", place.ville);
          }
        }}
      />
    </>
  );
}
