import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { agrements } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatIsoDate } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { AGREMENT_INTROUVABLE, AGREMENT_MODIFIE, loadAgrementForUpdate } from "./load";
import type { DecideAgrementData } from "./schemas";
import { checkTransition } from "./transitions";

/** The DREETS decides a request: accepted with its validity dates (never past the fin de vie), or refused with a reason. */
export async function decideAgrement(user: CurrentUser, data: DecideAgrementData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  return db.transaction(async (tx) => {
    const before = await loadAgrementForUpdate(tx, user, data.id);
    if (!before) return fail("introuvable", AGREMENT_INTROUVABLE);
    if (before.version !== data.version) return fail("conflit_version", AGREMENT_MODIFIE);
    const transition = checkTransition(data.decision, before.statut, user.role);
    if (!transition.ok) return refuse(transition.message);
    if (data.decision === "accepter" && before.finDeVie && data.validTo > before.finDeVie) {
      const message = `La validité ne peut pas dépasser la fin de vie de la version du titre (${formatIsoDate(before.finDeVie)}).`;
      return fail("invalide", message, { validTo: [message] });
    }
    const values =
      data.decision === "accepter"
        ? { statut: transition.to, dateDecision: data.dateDecision, validFrom: data.validFrom, validTo: data.validTo, motif: null }
        : { statut: transition.to, dateDecision: data.dateDecision, motif: data.motif };
    await tx.update(agrements).set({ ...values, version: before.version + 1, updatedAt: new Date() }).where(eq(agrements.id, data.id));
    await recordAudit(tx, user, {
      action: data.decision === "accepter" ? "agrement.accepte" : "agrement.refuse",
      entityType: "agrement",
      entityId: data.id,
      before: { statut: before.statut },
      after: values,
      reason: data.decision === "refuser" ? data.motif : null,
    });
    return ok({ id: data.id });
  });
}
