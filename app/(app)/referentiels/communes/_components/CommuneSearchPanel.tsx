"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
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

  function show(commune: CommuneValue | null, nextMode = mode, nextDate = date) {
    const params = new URLSearchParams();
    if (nextMode === "asOf") {
      params.set("mode", "date");
      if (nextDate) params.set("date", nextDate);
    }
    if (commune) {
      params.set("code", commune.code);
      params.set("depuis", commune.validFrom);
      params.set("nature", commune.kind);
    }
    router.push(`${pathname}${params.size ? `?${params}` : ""}`, { scroll: false });
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
                  show(null, value);
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
                onChange={(e) => {
                  setDate(e.target.value);
                  setValue(null);
                }}
                onBlur={() => date !== props.date && show(null, "asOf", date)}
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
