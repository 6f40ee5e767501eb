"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { CommuneCombobox, type CommuneValue } from "@/components/commune-combobox/CommuneCombobox";

type Props = {
  mode: "current" | "asOf";
  date: string;
  selected: CommuneValue | null;
};

/** Search in today's communes or in those of a date; choosing one shows its details (the choice is in the URL). */
export function CommuneSearchPanel(props: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [mode, setMode] = useState(props.mode);
  const [date, setDate] = useState(props.date);
  const [value, setValue] = useState<CommuneValue | null>(props.selected);
  // The URL changes when a commune is chosen, or with the browser's back button: the fields follow it
  // (the chosen row is followed by its key, not by the identity of the props object).
  const selectedKey = props.selected ? `${props.selected.code}|${props.selected.validFrom}|${props.selected.kind}` : "";
  useEffect(() => {
    setMode(props.mode);
    setDate(props.date);
  }, [props.mode, props.date]);
  useEffect(() => {
    setValue(props.selected);
  }, [selectedKey]);

  /** The chosen commune goes to the URL (with the mode and the date), so that its page can be shared. */
  function show(commune: CommuneValue) {
    const params = new URLSearchParams();
    if (mode === "asOf") {
      params.set("mode", "date");
      if (date) params.set("date", date);
    }
    params.set("code", commune.code);
    params.set("depuis", commune.validFrom);
    params.set("nature", commune.kind);
    router.push(`${pathname}?${params}`, { scroll: false });
  }

  return (
    <form className="fr-mb-4w" role="search" aria-label="Rechercher une commune" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular">Communes recherchées</legend>
        {(
          [
            ["current", "Les communes d'aujourd'hui"],
            ["asOf", "Les communes à une date (par exemple une date de naissance)"],
          ] as const
        ).map(([value, label]) => (
          <div key={value} className="fr-fieldset__element">
            <div className="fr-radio-group">
              <input
                type="radio"
                id={`mode-${value}`}
                name="mode"
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setValue(null);
                }}
              />
              <label className="fr-label" htmlFor={`mode-${value}`}>
                {label}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      <div className="fr-grid-row fr-grid-row--gutters">
        {mode === "asOf" && (
          <div className="fr-col-12 fr-col-md-4">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="date-recherche">
                Date
                <span className="fr-hint-text">Les communes telles qu&apos;elles étaient ce jour-là.</span>
              </label>
              <input
                className="fr-input"
                type="date"
                id="date-recherche"
                min="1943-01-01"
                value={date}
                // The date goes to the URL with the chosen commune: navigating as soon as it changes would
                // reset the commune field while the person is already typing in it.
                onChange={(e) => {
                  setDate(e.target.value);
                  setValue(null);
                }}
              />
            </div>
          </div>
        )}
        <div className={`fr-col-12${mode === "asOf" ? " fr-col-md-8" : ""}`}>
          <CommuneCombobox
            id="commune-recherche"
            label="Commune"
            hint="Nom, code postal ou code INSEE. Accents, tirets et fautes de frappe sont tolérés."
            mode={mode}
            date={date || undefined}
            value={value}
            onChange={(commune) => {
              setValue(commune);
              if (commune) show(commune);
            }}
          />
        </div>
      </div>
    </form>
  );
}
