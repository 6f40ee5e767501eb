/** Calendar dates as ISO strings (AAAA-MM-JJ): they compare as text and carry no time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const DAY_MS = 86_400_000;

// Calendar arithmetic runs on UTC midnights: no time zone, no DST, every day is 24 hours long.
function toUtcMidnight(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMidnight(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** A real calendar day written AAAA-MM-JJ ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const time = toUtcMidnight(value);
  return !Number.isNaN(time) && fromUtcMidnight(time) === value;
}

/** "18/11/2015" → "2015-11-18"; null when the text is not a real day written JJ/MM/AAAA. */
export function parseFrenchDate(text: string): IsoDate | null {
  const match = FRENCH_DATE.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDate(iso) ? iso : null;
}

/** "2026-02-28" → "28/02/2026"; empty for no date; a text that is not AAAA-MM-JJ (a rejected import cell) as typed. */
export function formatIsoDate(date: IsoDate | null | undefined): string {
  if (!date) return "";
  const match = ISO_DATE.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Same day `months` later; a day the target month lacks becomes its last day (31 January + 1 month is
 * 28 or 29 February, 29 February + 24 months is 28 February), as the texts on durations are read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const year = target.getUTCFullYear();
  const month = target.getUTCMonth();
  return fromUtcMidnight(Date.UTC(year, month, Math.min(d, daysInMonth(year, month))));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** Every calendar day from `debut` to `fin`, both included (none when `fin` is earlier). */
export function eachDayOf(debut: IsoDate, fin: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = debut; d <= fin; d = addDays(d, 1)) days.push(d);
  return days;
}
