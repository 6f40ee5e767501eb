"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useEffect } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/form/fields";

type Planning = {
  dateDebut: string;
  heureDebut: string;
  convocationSaisie: boolean;
  type: "titre" | "ccp";
};

function errorOf(form: UseFormReturn<FieldValues>, name: string): string | undefined {
  return (form.formState.errors[name] as { message?: string } | undefined)?.message;
}

function TimeField<T extends FieldValues>({ form, name, label, hint, onEdit }: { form: UseFormReturn<T>; name: Path<T>; label: string; hint?: string; onEdit?: () => void }) {
  const error = errorOf(form as unknown as UseFormReturn<FieldValues>, name);
  const registered = form.register(name);
  return (
    <Input
      label={label}
      hintText={hint}
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeInputProps={{
        ...registered,
        onChange: (e) => {
          onEdit?.();
          return registered.onChange(e);
        },
        type: "time",
        "aria-invalid": error ? true : undefined,
      }}
    />
  );
}

/**
 * Days, start time, convocation (R2: it follows the first day at the start time until someone edits it),
 * capacity and kind — the fields the creation and the Informations forms share.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transformed output, as in components/form/fields.tsx
export function PlanningFields<T extends FieldValues & Planning>({ form, ccps }: { form: UseFormReturn<T, unknown, any>; ccps: { id: string; label: string }[] }) {
  const n = (name: keyof Planning | "dateFin" | "convocationDate" | "convocationHeure" | "capacite" | "ccpIds") => name as Path<T>;
  const [dateDebut, heureDebut, saisie, type] = form.watch([n("dateDebut"), n("heureDebut"), n("convocationSaisie"), n("type")]) as [string, string, boolean, string];
  useEffect(() => {
    if (saisie) return;
    form.setValue(n("convocationDate"), dateDebut as PathValue<T, Path<T>>);
    form.setValue(n("convocationHeure"), heureDebut as PathValue<T, Path<T>>);
  }, [form, saisie, dateDebut, heureDebut]);
  const edited = () => form.setValue(n("convocationSaisie"), true as PathValue<T, Path<T>>);
  const convocationDate = form.register(n("convocationDate"));
  const convocationError = errorOf(form as unknown as UseFormReturn<FieldValues>, "convocationDate");
  const ccpError = errorOf(form as unknown as UseFormReturn<FieldValues>, "ccpIds");
  return (
    <>
      <fieldset className="fr-fieldset" aria-labelledby="legende-dates">
        <legend className="fr-fieldset__legend" id="legende-dates">
          Dates et horaires
        </legend>
        <div className="fr-fieldset__element">
          <TextField form={form} name={n("dateDebut")} label="Premier jour" type="date" />
        </div>
        <div className="fr-fieldset__element">
          <TextField form={form} name={n("dateFin")} label="Dernier jour" hint="Le même jour pour une session d'une journée." type="date" />
        </div>
        <div className="fr-fieldset__element">
          <TimeField form={form} name={n("heureDebut")} label="Heure de début" hint="Chaque jour de la session, heure de Paris." />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset" aria-labelledby="legende-convocation" aria-describedby="aide-convocation">
        <legend className="fr-fieldset__legend" id="legende-convocation">
          Convocation des candidats et des jurés
        </legend>
        <p className="fr-hint-text fr-fieldset__element" id="aide-convocation" data-testid="convocation-etat">
          {saisie ? "Convocation saisie : elle ne suit plus le premier jour." : "Suit le premier jour : la convocation est le premier jour à l'heure de début, tant que vous ne la modifiez pas."}
        </p>
        <div className="fr-fieldset__element">
          <Input
            label="Jour de convocation"
            state={convocationError ? "error" : "default"}
            stateRelatedMessage={convocationError}
            nativeInputProps={{
              ...convocationDate,
              onChange: (e) => {
                edited();
                return convocationDate.onChange(e);
              },
              type: "date",
              "aria-invalid": convocationError ? true : undefined,
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <TimeField form={form} name={n("convocationHeure")} label="Heure de convocation" onEdit={edited} />
        </div>
        {saisie && (
          <div className="fr-fieldset__element">
            <Button type="button" priority="tertiary" size="small" onClick={() => form.setValue(n("convocationSaisie"), false as PathValue<T, Path<T>>)}>
              Faire suivre le premier jour
            </Button>
          </div>
        )}
      </fieldset>
      <TextField form={form} name={n("capacite")} label="Nombre de places" hint="Nombre de candidats que la session peut accueillir." />
      <RadioButtons
        legend="Nature de la session"
        orientation="horizontal"
        options={[
          { label: "Session titre", hintText: "Tous les CCP de la version", nativeInputProps: { value: "titre", ...form.register(n("type")) } },
          { label: "Session CCP", hintText: "Les CCP choisis seulement", nativeInputProps: { value: "ccp", ...form.register(n("type")) } },
        ]}
      />
      {type === "ccp" && (
        <Checkbox
          legend="CCP évalués"
          state={ccpError ? "error" : "default"}
          stateRelatedMessage={ccpError}
          options={ccps.map((c) => ({ label: c.label, nativeInputProps: { value: c.id, ...form.register(n("ccpIds")) } }))}
        />
      )}
    </>
  );
}
