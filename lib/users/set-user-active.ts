import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { signInFailures, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { canAdministerUsers, selfChangeRefusal } from "./permissions";
import type { SetUserActiveData } from "./schemas";
import { loadAccountSnapshot } from "./snapshot";
import { STALE_VERSION } from "./update-user";

/**
 * Deactivation takes effect at the next request of that user: auth sessions re-read the account each time.
 * Both directions also end the auth sessions opened before: a reactivated account signs in again.
 */
export async function setUserActive(actor: CurrentUser, data: SetUserActiveData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canAdministerUsers(actor)) return fail("introuvable", "Cette ressource est introuvable.");
  const selfRefusal = selfChangeRefusal(actor, { targetId: data.id, active: data.active });
  if (selfRefusal) return fail("interdit", selfRefusal);
  return db.transaction(async (tx) => {
    const before = await loadAccountSnapshot(tx, data.id);
    if (!before) return fail("introuvable", "Cet utilisateur est introuvable.");
    if (before.version !== data.version) return fail("conflit_version", STALE_VERSION);
    if (before.active === data.active) {
      return refuse(data.active ? "Ce compte est déjà actif." : "Ce compte est déjà désactivé.");
    }
    const now = new Date();
    await tx
      .update(users)
      .set({ active: data.active, version: before.version + 1, updatedAt: now, authSessionsValidFrom: now })
      .where(eq(users.id, data.id));
    // Reactivating also lifts the lockouts: the administrator has just vouched for the account.
    if (data.active) await tx.delete(signInFailures).where(eq(signInFailures.userId, data.id));
    await recordAudit(tx, actor, {
      action: data.active ? "utilisateur.reactive" : "utilisateur.desactive",
      entityType: "user",
      entityId: data.id,
      before: { active: before.active },
      after: { active: data.active },
      reason: data.reason || null,
    });
    return ok({ id: data.id });
  });
}
