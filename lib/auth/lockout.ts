import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { signInFailures } from "@/db/schema";

/**
 * Verrouillage après échecs répétés : 5 mots de passe faux sur un compte depuis une même adresse en
 * 15 minutes bloquent ce couple compte + adresse pendant 15 minutes. Le verrou ne se dit pas : la réponse
 * est celle d'un mauvais mot de passe, et le propriétaire se connecte toujours depuis une autre adresse.
 */
export const LOCKOUT_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
} as const;

/**
 * One more wrong password for this account from this address, counted in one statement: parallel attempts
 * all count without a row lock held across the password check. Returns the lock end when this failure
 * locks the pair (or it already was locked).
 */
export async function recordSignInFailure(tx: DbOrTx, userId: string, ip: string, now: Date, policy = LOCKOUT_POLICY): Promise<Date | null> {
  const f = signInFailures;
  const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  const lockEnd = new Date(now.getTime() + policy.lockMs);
  const stillLocked = sql`${f.lockedUntil} > ${at(now)}`;
  const windowOpen = sql`${f.firstFailedAt} > ${at(new Date(now.getTime() - policy.windowMs))}`;
  const count = sql`case when ${windowOpen} then ${f.failedCount} + 1 else 1 end`;
  const [row] = await tx
    .insert(f)
    .values({ userId, ip, failedCount: 1, firstFailedAt: now, lockedUntil: policy.maxFailures <= 1 ? lockEnd : null })
    .onConflictDoUpdate({
      target: [f.userId, f.ip],
      set: {
        failedCount: sql`case when ${stillLocked} then ${f.failedCount} else ${count} end`,
        firstFailedAt: sql`case when ${stillLocked} or ${windowOpen} then ${f.firstFailedAt} else ${at(now)} end`,
        lockedUntil: sql`case when ${stillLocked} then ${f.lockedUntil} when ${count} >= ${policy.maxFailures} then ${at(lockEnd)} else null end`,
      },
    })
    .returning({ lockedUntil: f.lockedUntil });
  return row?.lockedUntil ?? null;
}
