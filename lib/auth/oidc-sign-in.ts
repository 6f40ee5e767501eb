import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { isUniqueViolation } from "@/lib/db-errors";
import { toCurrentUser } from "./current-user";
import { currentUserColumns } from "./current-user-columns";
import { purgeStaleSignInRecords } from "./purge-sign-in-records";

export type OidcOutcome = { ok: true; userId: string } | { ok: false; reason: "unknown" | "inactive" | "identite" };

const REFUSED = { system: "Tentative de connexion ProConnect" } as const;

/**
 * An OpenID Connect sign-in maps to an existing account (there is no self-registration). The provider's
 * subject is the identity: an account already bound to a subject only opens to that subject, whatever
 * email the provider sends; an account not bound yet is bound at its first sign-in by the email, audited.
 */
export async function findUserForOidcLogin(
  email: string | null | undefined,
  subject: string,
  now = new Date(),
  db: Db = getDb(),
): Promise<OidcOutcome> {
  const columns = { ...currentUserColumns, oidcSubject: users.oidcSubject };
  const [bound] = await db.select(columns).from(users).where(eq(users.oidcSubject, subject));
  const [row] = bound ? [bound] : email ? await db.select(columns).from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase())) : [];
  if (!row) return { ok: false, reason: "unknown" };
  const user = toCurrentUser(row);
  if (!user) return { ok: false, reason: "inactive" };
  if (row.oidcSubject !== null && row.oidcSubject !== subject) {
    await recordAudit(db, REFUSED, {
      action: "connexion.echec",
      entityType: "user",
      entityId: row.id,
      after: { methode: "ProConnect" },
      reason: "identité ProConnect différente de celle associée au compte",
    });
    return { ok: false, reason: "identite" };
  }
  try {
    await db.transaction(async (tx) => {
      if (row.oidcSubject === null) {
        // The condition on a still-null subject makes two simultaneous first sign-ins bind only one identity.
        const [updated] = await tx
          .update(users)
          .set({ oidcSubject: subject })
          .where(and(eq(users.id, row.id), isNull(users.oidcSubject)))
          .returning({ id: users.id });
        if (!updated) throw new SubjectTaken();
        await recordAudit(tx, user, {
          action: "utilisateur.identite_liee",
          entityType: "user",
          entityId: row.id,
          after: { identiteProConnect: subject },
        });
      }
      await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, row.id));
      await recordAudit(tx, user, { action: "connexion.reussie", entityType: "user", entityId: row.id, after: { methode: "ProConnect" } });
    });
  } catch (error) {
    if (error instanceof SubjectTaken || isUniqueViolation(error, "users_oidc_subject_unique")) return { ok: false, reason: "identite" };
    throw error;
  }
  await purgeStaleSignInRecords(db, now);
  return { ok: true, userId: row.id };
}

class SubjectTaken extends Error {}
