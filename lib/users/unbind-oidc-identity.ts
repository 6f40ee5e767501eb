import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { canAdministerUsers } from "./permissions";
import type { UnbindOidcIdentityData } from "./schemas";
import { STALE_VERSION } from "./update-user";

/**
 * Removes the ProConnect identity bound to an account (lib/auth/oidc-sign-in.ts), so that the next
 * ProConnect sign-in with the account's email binds again: after a change of identity at the provider, or
 * a wrong binding. The auth sessions opened before end too, those opened with the old identity among them.
 */
export async function unbindOidcIdentity(actor: CurrentUser, data: UnbindOidcIdentityData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canAdministerUsers(actor)) return fail("introuvable", "Cette ressource est introuvable.");
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ oidcSubject: users.oidcSubject, version: users.version })
      .from(users)
      .where(eq(users.id, data.id))
      .for("update");
    if (!before) return fail("introuvable", "Cet utilisateur est introuvable.");
    if (before.version !== data.version) return fail("conflit_version", STALE_VERSION);
    if (before.oidcSubject === null) return refuse("Aucune identité ProConnect n'est associée à ce compte.");
    const now = new Date();
    await tx
      .update(users)
      .set({ oidcSubject: null, version: before.version + 1, updatedAt: now, authSessionsValidFrom: now })
      .where(eq(users.id, data.id));
    await recordAudit(tx, actor, {
      action: "utilisateur.identite_deliee",
      entityType: "user",
      entityId: data.id,
      before: { identiteProConnect: before.oidcSubject },
      after: { identiteProConnect: null },
      reason: data.reason || null,
    });
    return ok({ id: data.id });
  });
}
