import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { habilitationPeriodes, habilitations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { loadHabilitationForUpdate } from "./load";
import { checkPeriodeDates, decideCriteria } from "./periode-rules";
import { canManageJures, HABILITATION_INTROUVABLE, HABILITATION_MODIFIEE } from "./permissions";
import type { PeriodeData } from "./schemas";

/** A new period of habilitation: dates within the version's life, then the criteria (or a justified derogation). */
export async function addPeriode(user: CurrentUser, data: PeriodeData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", HABILITATION_INTROUVABLE);
  return db.transaction(async (tx) => {
    const habilitation = await loadHabilitationForUpdate(tx, user, data.habilitationId);
    if (!habilitation) return fail("introuvable", HABILITATION_INTROUVABLE);
    if (habilitation.version !== data.version) return fail("conflit_version", HABILITATION_MODIFIEE);
    const autres = (
      await tx.select({ debut: habilitationPeriodes.dateDebut, fin: habilitationPeriodes.dateFin }).from(habilitationPeriodes).where(eq(habilitationPeriodes.habilitationId, habilitation.id))
    );
    const dates = checkPeriodeDates({ debut: data.dateDebut, fin: data.dateFin }, habilitation.finDeVie, autres);
    if (!dates.ok) return fail("invalide", dates.message, { [dates.field]: [dates.message] });
    const decision = decideCriteria(habilitation, data.dateDebut, data.derogation);
    if (!decision.ok) return fail("invalide", decision.message, { [decision.field]: [decision.message] });

    const [created] = await tx
      .insert(habilitationPeriodes)
      .values({
        habilitationId: habilitation.id,
        jureId: habilitation.jureId,
        titreVersionId: habilitation.titreVersionId,
        dateDebut: data.dateDebut,
        dateFin: data.dateFin,
        derogationMotif: decision.derogation?.motif ?? null,
        derogationCriteres: decision.derogation?.criteres ?? null,
      })
      .returning({ id: habilitationPeriodes.id });
    await tx.update(habilitations).set({ version: habilitation.version + 1, updatedAt: new Date() }).where(eq(habilitations.id, habilitation.id));
    await recordAudit(tx, user, {
      action: "habilitation.periode_ajoutee",
      entityType: "habilitation",
      entityId: habilitation.id,
      after: { dateDebut: data.dateDebut, dateFin: data.dateFin, ...(decision.derogation ? { derogation: decision.derogation.note } : {}) },
      reason: decision.derogation?.motif ?? null,
    });
    return ok({ id: created!.id });
  });
}
