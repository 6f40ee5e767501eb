import { and, eq, gt, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { signInFailures, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { toCurrentUser } from "./current-user";
import { currentUserColumns } from "./current-user-columns";
import { recordSignInFailure } from "./lockout";
import { burnPasswordCheck, verifyPassword } from "./password";
import { purgeStaleSignInRecords } from "./purge-sign-in-records";
import { createSignInLimiters, takeSignInAttempt, type SignInLimiters } from "./sign-in-rate-limit";
import { signInRefusals } from "./sign-in-refusals";

/** Longer passwords are refused before hashing: argon2 on megabytes of input is a denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

export type CredentialsOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export type CredentialsAttempt = { email: string; password: string; ip: string };

const FAILED = { system: "Tentative de connexion" } as const;

/**
 * Email + password check. Nothing is held while argon2 runs (no transaction, no row lock): the rate
 * limits are taken first, the row is read, the password verified, then the outcome is written in a short
 * transaction with its audit event. A locked pair (account + address), an unknown address and a wrong
 * password all answer "invalid" after the same argon2 work, so the answer reveals nothing.
 */
export async function checkCredentials(
  attempt: CredentialsAttempt,
  options: { now?: Date; db?: Db; limiters?: SignInLimiters } = {},
): Promise<CredentialsOutcome> {
  const { email, password, ip } = attempt;
  const now = options.now ?? new Date();
  const db = options.db ?? getDb();
  if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, reason: "invalid" };

  const taken = await takeSignInAttempt(options.limiters ?? defaultLimiters(), email, ip);
  if (!taken.ok) return { ok: false, reason: "throttled", retryAfterSeconds: taken.retryAfterSeconds };

  const [row] = await db
    .select({ ...currentUserColumns, passwordHash: users.passwordHash, lockedUntil: signInFailures.lockedUntil })
    .from(users)
    .leftJoin(signInFailures, and(eq(signInFailures.userId, users.id), eq(signInFailures.ip, ip), gt(signInFailures.lockedUntil, now)))
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));

  if (!row || !row.passwordHash || row.lockedUntil) {
    await burnPasswordCheck(password);
    if (row) await auditFailure(db, row.id, ip, row.lockedUntil ? "verrouillé pour cette adresse" : "compte sans mot de passe");
    return { ok: false, reason: "invalid" };
  }

  if (!(await verifyPassword(row.passwordHash, password))) {
    await db.transaction(async (tx) => {
      const lockedUntil = await recordSignInFailure(tx, row.id, ip, now);
      await recordAudit(tx, FAILED, {
        action: "connexion.echec",
        entityType: "user",
        entityId: row.id,
        after: { ip, ...(lockedUntil ? { verrouilleJusquA: lockedUntil.toISOString() } : {}) },
        reason: "mot de passe erroné",
      });
    });
    return { ok: false, reason: "invalid" };
  }
  // A deactivated account learns it is deactivated only with the right password.
  const user = toCurrentUser(row);
  if (!user) {
    await auditFailure(db, row.id, ip, "compte désactivé");
    return { ok: false, reason: "inactive" };
  }

  await db.transaction(async (tx) => {
    await tx.delete(signInFailures).where(and(eq(signInFailures.userId, row.id), eq(signInFailures.ip, ip)));
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, row.id));
    await recordAudit(tx, user, { action: "connexion.reussie", entityType: "user", entityId: row.id, after: { methode: "mot de passe", ip } });
  });
  await taken.giveBack();
  await purgeStaleSignInRecords(db, now);
  return { ok: true, userId: row.id };
}

async function auditFailure(db: Db, userId: string, ip: string, reason: string): Promise<void> {
  await recordAudit(db, FAILED, { action: "connexion.echec", entityType: "user", entityId: userId, after: { ip }, reason });
}

// One set of limiters per server process (on globalThis, like the database handle: Next evaluates a
// module once per bundle).
const globalForLimiters = globalThis as unknown as { __ceresSignInLimiters?: SignInLimiters };

function defaultLimiters(): SignInLimiters {
  globalForLimiters.__ceresSignInLimiters ??= createSignInLimiters(process.env.DATABASE_URL ? getDb() : null, signInRefusals());
  return globalForLimiters.__ceresSignInLimiters;
}
