import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import type { IsoDate } from "./calendar";

/** The time zone of the texts and of the people who use CERES. */
export const PARIS = "Europe/Paris";

const TIME = /^(\d{2}):(\d{2})$/;

function inParis(instant: Date | string | number): TZDate {
  return new TZDate(new Date(instant).getTime(), PARIS);
}

/** Today's calendar date in Paris (the date French users mean by "aujourd'hui"), not the UTC one. */
export function todayInParis(now: Date = new Date()): IsoDate {
  return format(inParis(now), "yyyy-MM-dd");
}

/** An instant as French users read it, in Paris wall-clock time: "18/11/2015". Empty for none. */
export function formatDateParis(instant: Date | string | null | undefined): string {
  if (!instant) return "";
  return format(inParis(instant), "dd/MM/yyyy");
}

/** An instant in Paris wall-clock time: "18/11/2015 à 08:00". Empty for none. */
export function formatDateTimeParis(instant: Date | string | null | undefined): string {
  if (!instant) return "";
  return format(inParis(instant), "dd/MM/yyyy 'à' HH:mm");
}

/** The Paris calendar day and wall-clock time of an instant: { date: "2027-03-28", time: "08:00" }. */
export function toParisWallClock(instant: Date): { date: IsoDate; time: string } {
  const paris = inParis(instant);
  return { date: format(paris, "yyyy-MM-dd"), time: format(paris, "HH:mm") };
}

/**
 * The instant of a Paris wall-clock time ("08:00" on a given day), whatever the offset that day (+01:00 in
 * winter, +02:00 in summer). A time skipped by the spring change (02:30 on the last Sunday of March) is
 * read as the hour after (03:30); a time repeated in autumn is the second one (winter time).
 */
export function parisTimeToInstant(date: IsoDate, time: string): Date {
  const match = TIME.exec(time);
  if (!match) throw new Error(`Heure invalide : ${time}`);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, Number(match[1]), Number(match[2]), PARIS).getTime());
}
