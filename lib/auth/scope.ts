import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { candidats, centres, inscriptions, jures, sessions } from "@/db/schema";
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

/**
 * Candidates (R9, issue 11): a centre sees those registered in its sessions and those it created; a UD or a
 * DREETS those registered in sessions of its territory and (product decision) those residing in it;
 * national everyone. A close match found at creation does not widen this: only an inscription does.
 * Written with the table name in the subquery: drizzle would print a bare "id" for `${candidats.id}`.
 */
export function candidatScope(user: CurrentUser): SQL {
  const inscritDans = (condition: SQL) =>
    sql`exists (select 1 from ${inscriptions} ci inner join ${sessions} cs on cs.id = ci.session_id where ci.candidat_id = ${candidats}.id and ${condition})`;
  switch (user.role) {
    case "national":
      return sql`true`;
    case "regional":
      return user.departementCode
        ? sql`(${eq(candidats.residenceDepartementCode, user.departementCode)} or ${inscritDans(sql`cs.departement_code = ${user.departementCode}`)})`
        : sql`(${eq(candidats.residenceRegionCode, user.regionCode)} or ${inscritDans(sql`cs.region_code = ${user.regionCode}`)})`;
    case "centre":
      return sql`(${eq(candidats.createdByCentreId, user.centreId)} or ${inscritDans(sql`cs.centre_id = ${user.centreId}`)})`;
    default:
      return assertNever(user);
  }
}
