import { and, isNull, lt, lte, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { revokedAuthSessions, signInFailures } from "@/db/schema";
import { AUTH_SESSION_MAX_AGE_MS } from "./auth-session-lifetime";
import { LOCKOUT_POLICY } from "./lockout";

/**
 * Deletes the sign-in rows no rule reads any more, so the tables do not grow with every flood:
 * - failure counts whose window has ended and whose lock, if any, has ended too (the next failure of that
 *   pair would start a new count at 1: lockout.ts);
 * - revocations older than the absolute lifetime of an auth session (the tokens they name are dead).
 * Run after each successful sign-in and at each sign-out: no scheduler to run.
 */
export async function purgeStaleSignInRecords(db: DbOrTx, now = new Date(), policy = LOCKOUT_POLICY): Promise<{ failures: number; revocations: number }> {
  const windowStart = new Date(now.getTime() - policy.windowMs);
  const failures = await db
    .delete(signInFailures)
    .where(and(lte(signInFailures.firstFailedAt, windowStart), or(isNull(signInFailures.lockedUntil), lte(signInFailures.lockedUntil, now))))
    .returning({ userId: signInFailures.userId });
  const revocations = await db
    .delete(revokedAuthSessions)
    .where(lt(revokedAuthSessions.revokedAt, new Date(now.getTime() - AUTH_SESSION_MAX_AGE_MS)))
    .returning({ id: revokedAuthSessions.authSessionId });
  return { failures: failures.length, revocations: revocations.length };
}
