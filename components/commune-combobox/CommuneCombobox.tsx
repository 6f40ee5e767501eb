"use client";

import type { ReactNode } from "react";
import type { CommuneSearchResult } from "@/lib/communes/search";
import { AsyncCombobox } from "./AsyncCombobox";

/** A chosen commune: the INSEE code and the row's start identify it on any date (codes are reused). */
export type CommuneValue = Pick<CommuneSearchResult, "code" | "nom" | "kind" | "validFrom" | "validTo" | "label" | "status" | "parent">;

export type CommuneComboboxProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: CommuneValue | null;
  onChange: (value: CommuneValue | null) => void;
  onBlur?: () => void;
  /** "current": today's communes (residence, site address). "asOf": the communes as they were on `date` (birth place). */
  mode: "current" | "asOf";
  date?: string;
  /** Only the communes of this département (e.g. the commune of a UD). */
  departementCode?: string;
  /** Name of the hidden input holding the INSEE code. */
  name?: string;
  id?: string;
  disabled?: boolean;
};

export async function fetchCommunes(
  q: string,
  options: { mode: "current" | "asOf"; date?: string; departementCode?: string },
  signal: AbortSignal,
): Promise<CommuneSearchResult[]> {
  const params = new URLSearchParams({ q, mode: options.mode });
  if (options.mode === "asOf" && options.date) params.set("date", options.date);
  if (options.departementCode) params.set("departement", options.departementCode);
  const response = await fetch(`/api/communes?${params}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`Recherche de communes : ${response.status}`);
  return ((await response.json()) as { results: CommuneSearchResult[] }).results;
}

function CommuneOption({ commune }: { commune: CommuneSearchResult }) {
  const former = commune.formerName ? `comprend l'ancienne commune ${commune.formerName}` : null;
  const details = [commune.parent, commune.status, former, `code INSEE ${commune.code}`].filter(Boolean).join(" · ");
  return (
    <>
      <span className="ceres-combobox__label">{commune.label}</span>
      <span className={`ceres-combobox__details${commune.status ? " ceres-combobox__details--ended" : ""}`}>{details}</span>
    </>
  );
}

const toValue = (c: CommuneSearchResult): CommuneValue => ({
  code: c.code,
  nom: c.nom,
  kind: c.kind,
  validFrom: c.validFrom,
  validTo: c.validTo,
  label: c.label,
  status: c.status,
  parent: c.parent,
});

/**
 * The commune field of CERES: name (accents, hyphens and "St" forgiven, typos tolerated), postal code or
 * INSEE code; in mode "asOf" it also finds communes that no longer exist, and says what became of them.
 * Controlled (value + onChange), so it fits react-hook-form's Controller.
 */
export function CommuneCombobox({ mode, date, departementCode, value, onChange, ...props }: CommuneComboboxProps) {
  const missingDate = mode === "asOf" && !date;
  return (
    <AsyncCombobox<CommuneSearchResult | CommuneValue>
      {...props}
      disabled={props.disabled || missingDate}
      value={value}
      onChange={(option) => onChange(option ? toValue(option as CommuneSearchResult) : null)}
      search={(q, signal) => fetchCommunes(q, { mode, date, departementCode }, signal)}
      searchKey={`${mode}|${date ?? ""}|${departementCode ?? ""}`}
      toText={(c) => c.label}
      optionKey={(c) => `${c.code}|${c.validFrom}|${c.kind}`}
      renderOption={(c) => ("id" in c ? <CommuneOption commune={c} /> : c.label)}
      hiddenValue={(c) => c.code}
      emptyMessage="Aucune commune trouvée"
      noun={{ one: "commune trouvée", many: "communes trouvées" }}
    />
  );
}
