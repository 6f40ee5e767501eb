import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { afterFailure, afterSuccess, isLocked, minutesLeft } from "./lockout";
import { burnPasswordCheck, verifyPassword } from "./password";

export type CredentialsOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; minutes: number };

/**
 * Email + password check with the lockout rule. The row is locked (FOR UPDATE) so that parallel wrong
 * attempts all count: two requests cannot both read "4 failures" and write "5".
 */
export async function checkCredentials(
  email: string,
  password: string,
  now = new Date(),
  db: Db = getDb(),
): Promise<CredentialsOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: users.id,
        active: users.active,
        passwordHash: users.passwordHash,
        failedLoginCount: users.failedLoginCount,
        firstFailedLoginAt: users.firstFailedLoginAt,
        lockedUntil: users.lockedUntil,
      })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
      .for("update");

    if (!row || !row.passwordHash) {
      await burnPasswordCheck(password);
      return { ok: false, reason: "invalid" };
    }
    if (isLocked(row, now)) return { ok: false, reason: "locked", minutes: minutesLeft(row.lockedUntil!, now) };

    if (!(await verifyPassword(row.passwordHash, password))) {
      const next = afterFailure(row, now);
      await tx.update(users).set(next).where(eq(users.id, row.id));
      if (next.lockedUntil) {
        await recordAudit(tx, { system: "Verrouillage automatique" }, {
          action: "utilisateur.verrouille",
          entityType: "user",
          entityId: row.id,
          after: { verrouilleJusquA: next.lockedUntil.toISOString() },
          reason: "5 mots de passe erronés en moins de 15 minutes",
        });
        return { ok: false, reason: "locked", minutes: minutesLeft(next.lockedUntil, now) };
      }
      return { ok: false, reason: "invalid" };
    }
    // A deactivated account learns it is deactivated only with the right password.
    if (!row.active) return { ok: false, reason: "inactive" };

    await tx.update(users).set({ ...afterSuccess, lastLoginAt: now }).where(eq(users.id, row.id));
    return { ok: true, userId: row.id };
  });
}

export type OidcOutcome = { ok: true; userId: string } | { ok: false; reason: "unknown" | "inactive" };

/** An OpenID Connect login maps to an existing account by email: there is no self-registration. */
export async function findUserForOidcLogin(
  email: string | null | undefined,
  subject: string,
  now = new Date(),
  db: Db = getDb(),
): Promise<OidcOutcome> {
  if (!email) return { ok: false, reason: "unknown" };
  const [row] = await db
    .select({ id: users.id, active: users.active, oidcSubject: users.oidcSubject })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  if (!row) return { ok: false, reason: "unknown" };
  if (!row.active) return { ok: false, reason: "inactive" };
  await db
    .update(users)
    .set({ oidcSubject: row.oidcSubject ?? subject, lastLoginAt: now })
    .where(eq(users.id, row.id));
  return { ok: true, userId: row.id };
}

export const signInMessages = {
  invalid: "Adresse électronique ou mot de passe incorrect.",
  inactive: "Ce compte est désactivé. Contactez l'administrateur de CERES de votre structure.",
  unknown:
    "Aucun compte CERES actif ne correspond à cette identité. L'accès à CERES est ouvert par un administrateur : contactez-le.",
  locked: (minutes: number) =>
    `Trop de tentatives de connexion échouées : ce compte est verrouillé pendant ${minutes} minute${minutes > 1 ? "s" : ""}. Réessayez plus tard.`,
} as const;
