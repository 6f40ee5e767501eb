import type { DecisionResultat, Parcours } from "@/db/schema";
import { addYears, type IsoDate } from "@/lib/dates";

/** DOMAIN R10: the routes after which a candidate may sit again within a year without a new training route. */
export const PARCOURS_FORMATION: readonly Parcours[] = ["formation_continue", "apprentissage"];

/** One year, counted from the session's last day (policy: a named parameter). */
export const DELAI_REPRESENTATION_ANS = 1;

/**
 * The last day a candidate *partiel* or *ajourné* after a training route may sit again without a new
 * training route: the session's last day, one year later (a 29 February ends on the 28th). Null when the
 * rule does not apply (title obtained, absent, VAE or capitalisation, no decision yet).
 */
export function dateLimiteRepresentation(input: { decision: DecisionResultat | null; parcours: Parcours; dateFinSession: IsoDate }): IsoDate | null {
  if (input.decision !== "partiel" && input.decision !== "ajourne") return null;
  if (!PARCOURS_FORMATION.includes(input.parcours)) return null;
  return addYears(input.dateFinSession, DELAI_REPRESENTATION_ANS);
}
