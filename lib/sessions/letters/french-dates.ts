import { toParisWallClock, type IsoDate } from "@/lib/dates";

const JOURS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2027-05-12" → "mercredi 12 mai 2027"; the first of a month is written "1er", as letters do. */
export function frenchLongDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${JOURS[weekday]} ${d === 1 ? "1er" : d} ${MOIS[m - 1]} ${y}`;
}

/** An instant as a letter says it, in Paris time: "le mercredi 12 mai 2027 à 08:00". */
export function frenchDateTimeParis(instant: Date): string {
  const { date, time } = toParisWallClock(instant);
  return `le ${frenchLongDate(date)} à ${time}`;
}
