import type { CommuneKind } from "@/db/schema";

export type DatedName = { code: string; nom: string; kind: CommuneKind; validFrom: string; validTo: string | null };

const validOn = (row: DatedName, date: string | null) =>
  date === null ? row.validTo === null : row.validFrom <= date && (row.validTo === null || date < row.validTo);

/**
 * The name a code had on a date (null: today), the commune rather than its namesake déléguée — "01138" on
 * 2023-01-01 is Culoz-Béon, not the commune déléguée Culoz. Falls back to the latest commune of that code.
 */
export function nameOnDate(rows: readonly DatedName[], code: string, date: string | null): string | null {
  const ofCode = rows.filter((r) => r.code === code);
  const rank = (r: DatedName) => (validOn(r, date) ? 0 : 2) + (r.kind === "commune" ? 0 : 1);
  const best = [...ofCode].sort((a, b) => rank(a) - rank(b) || (b.validFrom < a.validFrom ? -1 : b.validFrom > a.validFrom ? 1 : 0))[0];
  return best?.nom ?? null;
}
