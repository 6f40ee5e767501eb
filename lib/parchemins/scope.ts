import { sql, type SQL } from "drizzle-orm";
import { parchemins } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertNever } from "@/lib/result";

/**
 * Parchemins (DOMAIN R7, R9): the State issues them, so the agents whose territory holds the session's site
 * see them — the UD of its département, the DREETS of its région, national everyone. A centre runs the
 * session but does not issue, print, annul nor send a parchemin: for it they do not exist.
 * Written with the table name in the subquery: drizzle would print a bare column name otherwise.
 */
export function parcheminScope(user: CurrentUser): SQL {
  const inSession = (condition: SQL) =>
    sql`exists (select 1 from inscriptions pi inner join sessions ps on ps.id = pi.session_id where pi.id = ${parchemins}.inscription_id and ${condition})`;
  switch (user.role) {
    case "national":
      return sql`true`;
    case "regional":
      return user.departementCode ? inSession(sql`ps.departement_code = ${user.departementCode}`) : inSession(sql`ps.region_code = ${user.regionCode}`);
    case "centre":
      return sql`false`;
    default:
      return assertNever(user);
  }
}

/** Who issues and prints: a State agent (regional or national). A centre never does. */
export function canPrintParchemins(user: CurrentUser): boolean {
  return user.role !== "centre";
}

/** Annulment and download links are acts of the regional administration (the UD or the DREETS). */
export function canAnnulParchemins(user: CurrentUser): boolean {
  return user.role === "regional";
}
