"use client";

import type { ReactNode } from "react";
import type { PaysResult } from "@/lib/communes/pays";
import { AsyncCombobox } from "./AsyncCombobox";

export type PaysValue = PaysResult;

async function fetchPays(q: string, signal: AbortSignal): Promise<PaysResult[]> {
  const response = await fetch(`/api/pays?${new URLSearchParams({ q })}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`Recherche de pays : ${response.status}`);
  return ((await response.json()) as { results: PaysResult[] }).results;
}

type Props = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: PaysValue | null;
  onChange: (value: PaysValue | null) => void;
  onBlur?: () => void;
  name?: string;
  id?: string;
};

/** The country of a birth abroad, chosen in the list of countries (same combobox as the communes). */
export function PaysCombobox(props: Props) {
  return (
    <AsyncCombobox<PaysValue>
      {...props}
      search={fetchPays}
      toText={(p) => p.nom}
      optionKey={(p) => p.code}
      hiddenValue={(p) => p.code}
      emptyMessage="Aucun pays trouvé"
      noun={{ one: "pays trouvé", many: "pays trouvés" }}
    />
  );
}
