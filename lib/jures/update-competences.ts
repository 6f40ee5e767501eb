import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { habilitations } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { loadHabilitationForUpdate } from "./load";
import { canManageJures, HABILITATION_INTROUVABLE, HABILITATION_MODIFIEE } from "./permissions";
import type { CompetencesData } from "./schemas";

/** The competence fields and comments of a habilitation; its periods are never touched here. */
export async function updateCompetences(user: CurrentUser, data: CompetencesData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", HABILITATION_INTROUVABLE);
  return db.transaction(async (tx) => {
    const before = await loadHabilitationForUpdate(tx, user, data.id);
    if (!before) return fail("introuvable", HABILITATION_INTROUVABLE);
    if (before.version !== data.version) return fail("conflit_version", HABILITATION_MODIFIEE);
    const { id: _i, version: _v, ...values } = data;
    await tx.update(habilitations).set({ ...values, version: before.version + 1, updatedAt: new Date() }).where(eq(habilitations.id, data.id));
    const previous = {
      dateDebutEmploi: before.dateDebutEmploi,
      dateDerniereOccupation: before.dateDerniereOccupation,
      dateProfessionnalisation: before.dateProfessionnalisation,
      commentaires: before.commentaires,
    };
    await recordAudit(tx, user, { action: "habilitation.modifiee", entityType: "habilitation", entityId: data.id, ...changedFields(previous, values) });
    return ok({ id: data.id });
  });
}
