import { and, eq, ne } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { habilitationPeriodes, habilitations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatIsoDate } from "@/lib/dates";
import { fail, ok, type Result } from "@/lib/result";
import { dayAfter } from "./criteria";
import { loadHabilitationForUpdate } from "./load";
import { checkPeriodeDates, decideCriteria } from "./periode-rules";
import { canManageJures, HABILITATION_INTROUVABLE, HABILITATION_MODIFIEE } from "./permissions";
import type { ExtensionData } from "./schemas";

/**
 * Moves the end of a period later. The criteria are checked as for a new period starting the day after the
 * current end; a derogation is added to the period's own (both stay in the history).
 */
export async function extendPeriode(user: CurrentUser, data: ExtensionData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", HABILITATION_INTROUVABLE);
  return db.transaction(async (tx) => {
    const habilitation = await loadHabilitationForUpdate(tx, user, data.habilitationId);
    if (!habilitation) return fail("introuvable", HABILITATION_INTROUVABLE);
    if (habilitation.version !== data.version) return fail("conflit_version", HABILITATION_MODIFIEE);
    const [periode] = await tx
      .select({ debut: habilitationPeriodes.dateDebut, fin: habilitationPeriodes.dateFin, motif: habilitationPeriodes.derogationMotif, criteres: habilitationPeriodes.derogationCriteres })
      .from(habilitationPeriodes)
      .where(and(eq(habilitationPeriodes.id, data.periodeId), eq(habilitationPeriodes.habilitationId, habilitation.id)));
    if (!periode) return fail("introuvable", "Cette période est introuvable.");
    if (data.dateFin <= periode.fin) {
      const message = `La nouvelle fin doit suivre la fin actuelle (${formatIsoDate(periode.fin)}).`;
      return fail("invalide", message, { dateFin: [message] });
    }
    const autres = await tx
      .select({ debut: habilitationPeriodes.dateDebut, fin: habilitationPeriodes.dateFin })
      .from(habilitationPeriodes)
      .where(and(eq(habilitationPeriodes.habilitationId, habilitation.id), ne(habilitationPeriodes.id, data.periodeId)));
    const dates = checkPeriodeDates({ debut: periode.debut, fin: data.dateFin }, habilitation.finDeVie, autres);
    if (!dates.ok) return fail("invalide", dates.message, { dateFin: [dates.message] });
    const decision = decideCriteria(habilitation, dayAfter(periode.fin), data.derogation);
    if (!decision.ok) return fail("invalide", decision.message, { [decision.field]: [decision.message] });

    const derogation = decision.derogation
      ? {
          derogationMotif: periode.motif ? `${periode.motif}\nExtension au ${formatIsoDate(data.dateFin)} : ${decision.derogation.motif}` : decision.derogation.motif,
          derogationCriteres: [...new Set([...(periode.criteres ?? []), ...decision.derogation.criteres])],
        }
      : {};
    await tx.update(habilitationPeriodes).set({ dateFin: data.dateFin, ...derogation, updatedAt: new Date() }).where(eq(habilitationPeriodes.id, data.periodeId));
    await tx.update(habilitations).set({ version: habilitation.version + 1, updatedAt: new Date() }).where(eq(habilitations.id, habilitation.id));
    await recordAudit(tx, user, {
      action: "habilitation.periode_prolongee",
      entityType: "habilitation",
      entityId: habilitation.id,
      before: { dateDebut: periode.debut, dateFin: periode.fin },
      after: { dateDebut: periode.debut, dateFin: data.dateFin, ...(decision.derogation ? { derogation: decision.derogation.note } : {}) },
      reason: decision.derogation?.motif ?? null,
    });
    return ok({ id: data.periodeId });
  });
}
