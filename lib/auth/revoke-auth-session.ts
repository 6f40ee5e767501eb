import { getDb, type Db } from "@/db/client";
import { revokedAuthSessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "./current-user";
import { purgeStaleSignInRecords } from "./purge-sign-in-records";

/**
 * Ends an auth session for good (sign-out), audited. A revocation is kept as long as the token it names
 * could still live: a token never outlives its sign-in by more than the absolute lifetime, and it was
 * signed in before being revoked, so older revocations name dead tokens only.
 */
export async function revokeAuthSession(user: CurrentUser, authSessionId: string, db: Db = getDb(), now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(revokedAuthSessions).values({ authSessionId, userId: user.id, revokedAt: now }).onConflictDoNothing();
    await purgeStaleSignInRecords(tx, now);
    await recordAudit(tx, user, { action: "connexion.fin", entityType: "user", entityId: user.id });
  });
}
