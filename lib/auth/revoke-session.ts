import { lt } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { revokedSessions } from "@/db/schema";

/** Revoked ids are kept 30 days: a session unused for 8 hours has expired long before. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export async function revokeSession(userId: string, sid: string, db: Db = getDb(), now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(revokedSessions).values({ sid, userId, revokedAt: now }).onConflictDoNothing();
    await tx.delete(revokedSessions).where(lt(revokedSessions.revokedAt, new Date(now.getTime() - KEEP_MS)));
  });
}
