import { sql, eq, type SQL } from "drizzle-orm";
import { centres, jures } from "@/db/schema";
import { assertNever } from "@/lib/result";
import type { CurrentUser } from "./current-user";

// The one place where national / regional / centre perimeters become SQL (DOMAIN R9).
// A row outside the condition does not exist for this user: pages answer 404, never 403.

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
      return user.departementCode
        ? eq(centres.departementCode, user.departementCode)
        : eq(centres.regionCode, user.regionCode);
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
      return user.departementCode
        ? eq(jures.residenceDepartementCode, user.departementCode)
        : eq(jures.residenceRegionCode, user.regionCode);
    case "centre":
      return sql`false`;
    default:
      return assertNever(user);
  }
}
