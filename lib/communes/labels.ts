import type { CommuneKind } from "@/db/schema";
import { addDays, formatIsoDate, type IsoDate } from "@/lib/dates";

/** Calendar dates as ISO strings (YYYY-MM-DD). */

export const communeKindLabels: Record<CommuneKind, string> = {
  commune: "Commune",
  deleguee: "Commune déléguée",
  associee: "Commune associée",
  arrondissement: "Arrondissement municipal",
};

const VOWEL = /^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ]/i;

/** "de" before a place name, as French writes it: d'Annecy, du Havre, des Abrets, de La Rochelle, de Culoz. */
export function deNom(nom: string): string {
  if (/^Le /.test(nom)) return `du ${nom.slice(3)}`;
  if (/^Les /.test(nom)) return `des ${nom.slice(4)}`;
  if (VOWEL.test(nom)) return `d'${nom}`;
  return `de ${nom}`;
}

/** "dans" before a place name: dans Annecy, dans le Mans → au Mans, dans Les Abrets → aux Abrets. */
export function dansNom(nom: string): string {
  if (/^Le /.test(nom)) return `au ${nom.slice(3)}`;
  if (/^Les /.test(nom)) return `aux ${nom.slice(4)}`;
  return `dans ${nom}`;
}

/**
 * The year a commune stopped existing. When only the year is known (end_precision "annee"), valid_to is
 * 1 January of the following year, so the event's year is the one before.
 */
export function endYear(validTo: IsoDate, endPrecision: string | null): number {
  const year = Number(validTo.slice(0, 4));
  return endPrecision === "annee" ? year - 1 : year;
}

export type EndedCommune = {
  validTo: IsoDate;
  endPrecision: string | null;
  endReason: string | null;
  successorCode: string | null;
};

/**
 * What became of a commune that no longer exists, from the COG history:
 * "fusionnée dans Annecy en 2017", "devenue commune déléguée de Culoz-Béon en 2022", "code remplacé par 2A001 en 1976".
 * `successorNames` gives the successor's name on the date of the change (code → name).
 */
export function endStatus(row: EndedCommune, successorNames: ReadonlyMap<string, string>): string {
  const year = endYear(row.validTo, row.endPrecision);
  const codes = row.successorCode ? row.successorCode.split("|") : [];
  const names = codes.map((code) => successorNames.get(code) ?? code);
  const successor = names[0];
  switch (row.endReason) {
    case "fusion":
      return successor ? `fusionnée ${dansNom(successor)} en ${year}` : `fusionnée en ${year}`;
    case "commune_deleguee":
      return successor ? `devenue commune déléguée ${deNom(successor)} en ${year}` : `devenue commune déléguée en ${year}`;
    case "commune_associee":
      return successor ? `devenue commune associée ${deNom(successor)} en ${year}` : `devenue commune associée en ${year}`;
    case "changement_code":
      return codes[0] ? `code remplacé par ${codes[0]} en ${year}` : `code remplacé en ${year}`;
    case "dissolution":
      return names.length ? `supprimée en ${year}, territoire partagé entre ${joinFr(names)}` : `supprimée en ${year}`;
    case "sortie_perimetre":
      return successor ? `rattachée à la collectivité ${deNom(successor)} en ${year}` : `sortie du département en ${year}`;
    default:
      return `n'existe plus depuis ${year}`;
  }
}

function joinFr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** For a commune déléguée or associée or an arrondissement: "commune déléguée de Culoz-Béon", "arrondissement de Paris". */
export function parentPhrase(kind: CommuneKind, parentNom: string | null): string | null {
  if (kind === "commune" || !parentNom) return null;
  if (kind === "arrondissement") return `arrondissement ${deNom(parentNom)}`;
  return `${communeKindLabels[kind].toLowerCase()} ${deNom(parentNom)}`;
}

/** "Bagnols-sur-Cèze (30200) — Gard"; without a postal code (a commune that no longer exists): "Afa — Corse". */
export function communeLabel(nom: string, postalCode: string | null, departementNom: string): string {
  return `${nom}${postalCode ? ` (${postalCode})` : ""} — ${departementNom}`;
}

/** The postal code shown next to a name: the one the person typed when it is one of the commune's, else the first. */
export function shownPostalCode(postalCodes: readonly string[], typed?: string): string | null {
  if (typed && postalCodes.includes(typed)) return typed;
  return postalCodes[0] ?? null;
}

const COG_HISTORY_START = "1943-01-01";


/**
 * When a row was valid, as people read it: "depuis le 01/01/2017", "du 01/01/1976 au 31/12/2016",
 * "jusqu'en 2022" when only the year of the end is known. The COG history starts in 1943: a row valid from
 * 1 January 1943 may be older ("depuis 1943 au moins", "jusqu'au 31/12/1972").
 */
export function periodLabel(validFrom: IsoDate, validTo: IsoDate | null, endPrecision: string | null): string {
  const start = validFrom <= COG_HISTORY_START ? null : formatIsoDate(validFrom);
  if (!validTo) return start ? `depuis le ${start}` : "depuis 1943 au moins";
  const yearOnly = endPrecision === "annee";
  const end = yearOnly ? String(endYear(validTo, endPrecision)) : formatIsoDate(addDays(validTo, -1));
  if (!start) return yearOnly ? `jusqu'en ${end}` : `jusqu'au ${end}`;
  return yearOnly ? `du ${start} jusqu'en ${end}` : `du ${start} au ${end}`;
}
