import { addMonths, type IsoDate } from "@/lib/dates";
import { PROLONGATION, TYPES_CENTRE_PROLONGES } from "./policy";

export type VersionState = "en_vigueur" | "en_prolongation" | "expire";

export const versionStateLabels: Record<VersionState, string> = {
  en_vigueur: "En vigueur",
  en_prolongation: "En prolongation",
  expire: "Expiré",
};

// Kept for the import modules, which name it from here.
export type { IsoDate } from "@/lib/dates";

/**
 * Months after the fin de vie during which a centre may still create sessions (R1). Without a centre
 * (the national list of titles) it is the longest one, so "en prolongation" means "open to CFA/CRP".
 * `typeCentre` is the type recorded before the session date; null when none was recorded.
 */
export function sessionProlongationMonths(centre: { typeCentre: string | null } | "tous"): number {
  if (centre === "tous") return PROLONGATION.sessionsCfaCrpMonths;
  if (centre.typeCentre && (TYPES_CENTRE_PROLONGES as readonly string[]).includes(centre.typeCentre)) {
    return PROLONGATION.sessionsCfaCrpMonths;
  }
  // Other centres keep their sessions registered before the fin de vie but create none after it.
  return 0;
}

/**
 * State of a title version on a date: in force up to and including its fin de vie, then in prolongation
 * up to and including fin de vie + the prolongation, then expired. No fin de vie known: in force.
 */
export function versionStateOn(finDeVie: IsoDate | null, date: IsoDate, prolongationMonths: number): VersionState {
  if (!finDeVie || date <= finDeVie) return "en_vigueur";
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with 0 months the date test alone refuses every day after the fin de vie
  if (prolongationMonths > 0 && date <= addMonths(finDeVie, prolongationMonths)) return "en_prolongation";
  return "expire";
}

/** End of the prolongation, or null when there is no fin de vie. */
export function prolongationEnd(finDeVie: IsoDate | null, prolongationMonths: number): IsoDate | null {
  return finDeVie ? addMonths(finDeVie, prolongationMonths) : null;
}
