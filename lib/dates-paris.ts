import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { IsoDate } from "@/lib/titres/version-state";

/** Today's calendar date in Paris (the date French users mean by "aujourd'hui"). */
export function todayInParis(now = new Date()): IsoDate {
  return format(new TZDate(now.getTime(), "Europe/Paris"), "yyyy-MM-dd");
}

/** "2026-02-28" → "28/02/2026". */
export function formatIsoDate(date: IsoDate | null | undefined): string {
  if (!date) return "";
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}
