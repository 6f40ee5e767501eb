import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { centres, jures, sessions } from "@/db/schema";
import { assertNever } from "@/lib/result";
import type { CurrentUser } from "./current-user";

// The one place where national / regional / centre perimeters become SQL (DOMAIN R9).
// A row outside the condition does not exist for this user: pages answer 404, never 403.

type RegionalUser = Extract<CurrentUser, { role: "regional" }>;

/**
 * The territory of a State agent: everywhere for the national level, the département for a UD (DDETS), the
 * région for a DREETS; a centre user has none. The one check behind every regional perimeter, in memory…
 */
export function isInTerritory(user: CurrentUser, place: { regionCode: string; departementCode: string }): boolean {
  switch (user.role) {
    case "national":
      return true;
    case "regional":
      return user.departementCode ? user.departementCode === place.departementCode : user.regionCode === place.regionCode;
    case "centre":
      return false;
    default:
      return assertNever(user);
  }
}

/** …and in SQL, over the columns that place a row. */
function territoryCondition(user: RegionalUser, columns: { regionCode: AnyColumn; departementCode: AnyColumn }): SQL {
  return user.departementCode ? eq(columns.departementCode, user.departementCode) : eq(columns.regionCode, user.regionCode);
}

/** User accounts are administered nationally only. */
export function userAccountScope(user: CurrentUser): SQL {
  switch (user.role) {
    case "national":
      return sql`true`;
    case "regional":
    case "centre":
      return sql`false`;
    default:
      return assertNever(user);
  }
}

export function centreScope(user: CurrentUser): SQL {
  switch (user.role) {
    case "national":
      return sql`true`;
    case "regional":
      return territoryCondition(user, centres);
    case "centre":
      return eq(centres.id, user.centreId);
    default:
      return assertNever(user);
  }
}

/**
 * Juror records belong to the agents of the juror's residence (UD: département, DREETS: région). Centre
 * users manage none: they only read the list of jurors to convene, which has its own rule.
 */
export function jureScope(user: CurrentUser): SQL {
  switch (user.role) {
    case "national":
      return sql`true`;
    case "regional":
      return territoryCondition(user, { regionCode: jures.residenceRegionCode, departementCode: jures.residenceDepartementCode });
    case "centre":
      return sql`false`;
    default:
      return assertNever(user);
  }
}

/**
 * Sessions (DOMAIN R9, "Who sees a session"): the centre that runs it; the UD of the département of its
 * site, which validates it; the DREETS of that région; national everything.
 */
export function sessionScope(user: CurrentUser): SQL {
  switch (user.role) {
    case "national":
      return sql`true`;
    case "regional":
      return territoryCondition(user, sessions);
    case "centre":
      return eq(sessions.centreId, user.centreId);
    default:
      return assertNever(user);
  }
}
