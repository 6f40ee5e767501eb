import type { DbOrTx } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";

/** Who did it: a signed-in person, or the system itself (seed, import script, lockout). */
export type AuditActor = CurrentUser | { system: string };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Must be called with the transaction of the mutation it describes, so both commit or neither does. */
export async function recordAudit(tx: DbOrTx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const person = "system" in actor ? null : actor;
  const label = "system" in actor ? actor.system : `${actor.prenom} ${actor.nom}`;
  await tx.insert(auditEvents).values({
    actorId: person?.id ?? null,
    actorRole: person?.role ?? null,
    actorLabel: label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
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
