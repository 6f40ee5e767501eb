import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { canAdministerUsers, selfChangeRefusal } from "./permissions";
import type { SetUserActiveData } from "./schemas";
import { loadAccountSnapshot } from "./snapshot";
import { STALE_VERSION } from "./update-user";

/** Deactivation takes effect at the next request of that user: sessions re-read the account each time. */
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
    await tx
      .update(users)
      // Reactivating also lifts a lockout: the administrator has just vouched for the account.
      .set({
        active: data.active,
        version: before.version + 1,
        updatedAt: new Date(),
        ...(data.active ? { failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil: null } : {}),
      })
      .where(eq(users.id, data.id));
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
