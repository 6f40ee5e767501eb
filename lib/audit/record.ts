import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AuditAction } from "./labels";

/** Who did it: a signed-in person, or the system itself (seed, import script, lockout). */
export type AuditActor = CurrentUser | { system: string };

export type AuditEntry = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

function toRow(actor: AuditActor, entry: AuditEntry) {
  const person = "system" in actor ? null : actor;
  return {
    actorId: person?.id ?? null,
    actorRole: person?.role ?? null,
    actorLabel: "system" in actor ? actor.system : `${actor.prenom} ${actor.nom}`,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  };
}

/** Must be called with the transaction of the mutation it describes, so both commit or neither does. */
export async function recordAudit(tx: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values(toRow(actor, entry));
}

/**
 * Many events of one mutation at once (an import writes thousands), in multi-row inserts: same rule as
 * recordAudit, same transaction as the writes they describe.
 */
export async function recordAuditBatch(tx: DbOrTx, actor: AuditActor, entries: AuditEntry[], batchSize = 1000): Promise<void> {
  for (let i = 0; i < entries.length; i += batchSize) {
    await tx.insert(auditEvents).values(entries.slice(i, i + batchSize).map((entry) => toRow(actor, entry)));
  }
}

/** Only the fields whose value changed, for a readable "before / after". */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
