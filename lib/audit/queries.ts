import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";

/**
 * The history of one entity. Callers load the entity in the user's scope first (and answer 404 when it
 * is out of scope): this query trusts that check.
 */
export async function listAuditEventsOfEntity(entityType: string, entityId: string, tx: DbOrTx = getDb()) {
  return tx
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorLabel: auditEvents.actorLabel,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(500);
}

export type AuditEventView = Awaited<ReturnType<typeof listAuditEventsOfEntity>>[number];
