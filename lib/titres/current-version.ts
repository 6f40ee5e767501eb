import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { sessionProlongationMonths, versionStateOn, type VersionState } from "./version-state";

/**
 * The current version of a title is its latest one: by version date (most recent first, undated last),
 * then by millésime (highest first). Legacy versions are known by one or the other, sometimes both.
 */
export type VersionIdentity = { millesime: string | null; dateVersion: IsoDate | null };

export function versionLabel(v: VersionIdentity): string {
  // A rejected import line may carry a malformed date: it is shown as typed, never as "undefined/…".
  const date = v.dateVersion ? formatIsoDate(v.dateVersion) : null;
  if (v.millesime && date) return `millésime ${v.millesime} (${date})`;
  return v.millesime ? `millésime ${v.millesime}` : `version du ${date}`;
}

/**
 * State of a title in the national list: that of its current version, with the longest session
 * prolongation (a version "en prolongation" is still open to CFA and CRP centres). Null without any version.
 */
export function titreStateOn(current: { finDeVie: IsoDate | null } | null, today: IsoDate): VersionState | null {
  return current ? versionStateOn(current.finDeVie, today, sessionProlongationMonths("tous")) : null;
}

export type Completeness = { nsfCode: string | null; niveau: number | null; dateVersion: IsoDate | null };

/**
 * What the current version still lacks before a parchemin can be printed from it (NSF, level) or the
 * version placed in time (date). A title without any version lacks the version itself.
 */
export function missingFields(current: Completeness | null): string[] {
  if (!current) return ["version"];
  const missing: string[] = [];
  if (!current.nsfCode) missing.push("NSF");
  if (current.niveau === null) missing.push("niveau");
  if (!current.dateVersion) missing.push("date de version");
  return missing;
}
