import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const PARIS = "Europe/Paris";

/** An instant as French users read it, in Paris wall-clock time: "18/11/2015 à 08:00". */
export function formatDateTimeParis(instant: Date | string | null | undefined): string {
  if (!instant) return "";
  return format(new TZDate(new Date(instant).getTime(), PARIS), "dd/MM/yyyy 'à' HH:mm");
}

export function formatDateParis(instant: Date | string | null | undefined): string {
  if (!instant) return "";
  return format(new TZDate(new Date(instant).getTime(), PARIS), "dd/MM/yyyy");
}
