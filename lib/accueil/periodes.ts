import { addMonths, type IsoDate } from "@/lib/dates";

const MOIS_COURTS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** The `count` months ending with the month of `today`, oldest first, as "YYYY-MM". */
export function derniersMois(today: IsoDate, count = 12): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(first, i - count + 1).slice(0, 7));
}

/** "2026-03" → "mars 2026" (long) or "mars" (short, the chart's axis). */
export function libelleMois(mois: string, forme: "court" | "long" = "long"): string {
  const [annee, m] = mois.split("-").map(Number) as [number, number];
  return forme === "court" ? MOIS_COURTS[m - 1]! : `${MOIS[m - 1]} ${annee}`;
}
