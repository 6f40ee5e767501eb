import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { agrements } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { AGREMENT_INTROUVABLE, AGREMENT_MODIFIE, loadAgrementForUpdate } from "./load";
import type { WithdrawAgrementData } from "./schemas";
import { checkTransition } from "./transitions";

export async function withdrawAgrement(user: CurrentUser, data: WithdrawAgrementData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  return db.transaction(async (tx) => {
    const before = await loadAgrementForUpdate(tx, user, data.id);
    if (!before) return fail("introuvable", AGREMENT_INTROUVABLE);
    if (before.version !== data.version) return fail("conflit_version", AGREMENT_MODIFIE);
    const transition = checkTransition("retirer", before.statut, user.role);
    if (!transition.ok) return refuse(transition.message);
    await tx.update(agrements).set({ statut: transition.to, motif: data.motif, version: before.version + 1, updatedAt: new Date() }).where(eq(agrements.id, data.id));
    await recordAudit(tx, user, { action: "agrement.retire", entityType: "agrement", entityId: data.id, before: { statut: before.statut }, after: { statut: transition.to }, reason: data.motif });
    return ok({ id: data.id });
  });
}
