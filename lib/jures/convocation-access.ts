import { getDb, type DbOrTx } from "@/db/client";
import { canHoldSession } from "@/lib/agrements/can-create-session";
import { loadR1Facts } from "@/lib/agrements/r1-facts";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertNever } from "@/lib/result";
import type { ConvocationCriteria } from "./convocation-sql";

/**
 * May this user see the list of jurors to convene for this session? Agents: yes, the jurors come out of
 * their own scope (jureScope) and the centre was looked up in it. A centre user receives the contact data
 * of jurors from every region, so only for its own centre and only when R1 holds over the session's days —
 * a session it could hold, under a valid agrément for that title version (issue 8, §1.6).
 */
export async function mayListConvocation(user: CurrentUser, criteria: ConvocationCriteria, tx: DbOrTx = getDb()): Promise<boolean> {
  switch (user.role) {
    case "national":
    case "regional":
      return true;
    case "centre": {
      if (criteria.centreId !== user.centreId) return false;
      const facts = await loadR1Facts(user.centreId, criteria.titreVersionId, tx);
      return facts !== null && canHoldSession(facts, criteria.debut, criteria.fin);
    }
    default:
      return assertNever(user);
  }
}
