"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { BirthPlaceField, type BirthPlace } from "@/components/commune-combobox/BirthPlaceField";
import { birthSchema, type BirthData, type BirthInput } from "@/lib/communes/birth-place";
import { formatIsoDate } from "@/lib/dates";

function summary(data: BirthData): string {
  const lieu = data.lieuNaissance;
  if (lieu.lieu === "etranger") return `Né(e) le ${formatIsoDate(data.dateNaissance)} à ${lieu.ville} (${lieu.pays!.nom}).`;
  const c = lieu.commune!;
  return `Né(e) le ${formatIsoDate(data.dateNaissance)} à ${c.nom} (code INSEE ${c.code}${c.status ? `, ${c.status}` : ""}).`;
}

/**
 * The birth place as a candidate's or a juror's form will record it (DOMAIN R6), to check a declaration:
 * the commune on the birth date, or a country and a city. Nothing is recorded here.
 */
export function BirthPlaceCheck() {
  const [result, setResult] = useState<string | null>(null);
  const form = useForm<BirthInput, unknown, BirthData>({
    resolver: zodResolver(birthSchema),
    defaultValues: { dateNaissance: "", lieuNaissance: { lieu: "france", commune: null } },
    mode: "onTouched",
  });
  const birthDate = form.watch("dateNaissance");
  const errors = form.formState.errors;
  const placeErrors = errors.lieuNaissance as Record<string, { message?: string } | undefined> | undefined;

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((data) => setResult(summary(data)))}
      onChange={() => setResult(null)}
      aria-labelledby="titre-naissance"
    >
      <h2 id="titre-naissance" className="fr-h4">
        Vérifier un lieu de naissance
      </h2>
      <p className="fr-text--sm">
        La commune de naissance est celle qui existait à la date de naissance, même si elle a depuis fusionné ou changé de code. Ce contrôle
        n&apos;enregistre rien.
      </p>
      <div className="fr-input-group fr-col-12 fr-col-md-4">
        <label className="fr-label" htmlFor="date-naissance">
          Date de naissance
        </label>
        <input
          className={`fr-input${errors.dateNaissance ? " fr-input--error" : ""}`}
          type="date"
          id="date-naissance"
          aria-invalid={errors.dateNaissance ? true : undefined}
          aria-describedby={errors.dateNaissance ? "date-naissance-erreur" : undefined}
          {...form.register("dateNaissance")}
        />
        {errors.dateNaissance && (
          <p className="fr-error-text" id="date-naissance-erreur">
            {errors.dateNaissance.message}
          </p>
        )}
      </div>
      <Controller
        control={form.control}
        name="lieuNaissance"
        render={({ field }) => (
          <BirthPlaceField
            birthDate={/^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : undefined}
            value={field.value as BirthPlace}
            onChange={(value) => {
              field.onChange(value);
              setResult(null);
            }}
            errors={{ commune: placeErrors?.commune?.message, pays: placeErrors?.pays?.message, ville: placeErrors?.ville?.message }}
          />
        )}
      />
      <Button type="submit">Vérifier</Button>
      {result && <Alert className="fr-mt-3w" severity="success" small description={result} role="status" />}
    </form>
  );
}
