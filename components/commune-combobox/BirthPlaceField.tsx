"use client";

import { useId } from "react";
import { CommuneCombobox, type CommuneValue } from "./CommuneCombobox";
import { PaysCombobox, type PaysValue } from "./PaysCombobox";

/** A birth place (DOMAIN R6): a commune as it was on the birth date, or a country and a city typed as text. */
export type BirthPlace =
  | { lieu: "france"; commune: CommuneValue | null }
  | { lieu: "etranger"; pays: PaysValue | null; ville: string };

export type BirthPlaceErrors = { commune?: string; pays?: string; ville?: string };

type Props = {
  /** The birth date (AAAA-MM-JJ): the communes are searched as they were on that day. */
  birthDate: string | undefined;
  value: BirthPlace;
  onChange: (value: BirthPlace) => void;
  errors?: BirthPlaceErrors;
  /** Prefix of the hidden inputs' names (lieuNaissance.commune, lieuNaissance.pays, lieuNaissance.ville). */
  name?: string;
  legend?: string;
};

export function BirthPlaceField({ birthDate, value, onChange, errors = {}, name = "lieuNaissance", legend = "Lieu de naissance" }: Props) {
  const id = `naissance-${useId().replace(/:/g, "")}`;
  const radios = [
    { lieu: "france" as const, label: "En France" },
    { lieu: "etranger" as const, label: "À l'étranger" },
  ];
  return (
    <fieldset className="fr-fieldset" aria-labelledby={`${id}-legende`}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legende`}>
        {legend}
      </legend>
      {radios.map((radio) => (
        <div key={radio.lieu} className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${id}-${radio.lieu}`}
              name={`${name}.lieu`}
              value={radio.lieu}
              checked={value.lieu === radio.lieu}
              onChange={() => onChange(radio.lieu === "france" ? { lieu: "france", commune: null } : { lieu: "etranger", pays: null, ville: "" })}
            />
            <label className="fr-label" htmlFor={`${id}-${radio.lieu}`}>
              {radio.label}
            </label>
          </div>
        </div>
      ))}
      {value.lieu === "france" ? (
        <div className="fr-fieldset__element">
          <CommuneCombobox
            id={`${id}-commune`}
            name={`${name}.commune`}
            label="Commune de naissance"
            hint={
              birthDate
                ? "La commune telle qu'elle était à la date de naissance, même si elle n'existe plus. Nom, code postal ou code INSEE."
                : "Saisissez d'abord la date de naissance : la commune est cherchée telle qu'elle était ce jour-là."
            }
            mode="asOf"
            date={birthDate}
            value={value.commune}
            onChange={(commune) => onChange({ lieu: "france", commune })}
            error={errors.commune}
          />
        </div>
      ) : (
        <>
          <div className="fr-fieldset__element">
            <PaysCombobox
              id={`${id}-pays`}
              name={`${name}.pays`}
              label="Pays de naissance"
              value={value.pays}
              onChange={(pays) => onChange({ ...value, pays })}
              error={errors.pays}
            />
          </div>
          <div className="fr-fieldset__element">
            <div className={`fr-input-group${errors.ville ? " fr-input-group--error" : ""}`}>
              <label className="fr-label" htmlFor={`${id}-ville`}>
                Ville de naissance
                <span className="fr-hint-text">Telle qu&apos;elle figure sur la pièce d&apos;identité.</span>
              </label>
              <input
                className={`fr-input${errors.ville ? " fr-input--error" : ""}`}
                id={`${id}-ville`}
                name={`${name}.ville`}
                value={value.ville}
                maxLength={100}
                autoComplete="off"
                aria-invalid={errors.ville ? true : undefined}
                aria-describedby={errors.ville ? `${id}-ville-erreur` : undefined}
                onChange={(event) => onChange({ ...value, ville: event.target.value })}
              />
              {errors.ville && (
                <p className="fr-error-text" id={`${id}-ville-erreur`}>
                  {errors.ville}
                </p>
              )}
            </div>
          </div>
        </>
      )}
    </fieldset>
  );
}
