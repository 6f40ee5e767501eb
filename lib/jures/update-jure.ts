import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { jures } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { auditedValues, resolveJureValues } from "./jure-values";
import { loadJureForUpdate } from "./load";
import { identityRefusal } from "./identity-check";
import { canManageJureIn, canManageJures, HORS_PERIMETRE, IDENTITE_REFUSEE, JURE_INTROUVABLE, JURE_MODIFIE } from "./permissions";
import type { UpdateJureData } from "./schemas";

export async function updateJure(user: CurrentUser, data: UpdateJureData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", JURE_INTROUVABLE);
  try {
    return await db.transaction(async (tx) => {
      const before = await loadJureForUpdate(tx, user, data.id);
      if (!before) return fail("introuvable", JURE_INTROUVABLE);
      if (before.version !== data.version) return fail("conflit_version", JURE_MODIFIE);
      const resolved = await resolveJureValues(tx, data);
      if (!resolved.ok) return fail("invalide", "Le lieu de naissance ou la commune de résidence est incorrect.", resolved.fieldErrors);
      const { values } = resolved;
      // A UD agent cannot move a juror out of their département: the other unit would own the record.
      if (!canManageJureIn(user, { regionCode: values.residenceRegionCode, departementCode: values.residenceDepartementCode })) {
        return fail("invalide", HORS_PERIMETRE, { residenceCommuneCode: [HORS_PERIMETRE] });
      }
      const taken = await identityRefusal(tx, user, values, data.id);
      if (taken) return fail("deja_existant", taken, { nomNaissance: [taken] });
      await tx.update(jures).set({ ...values, version: before.version + 1, updatedAt: new Date() }).where(eq(jures.id, data.id));
      const { id: _i, version: _v, ...comparable } = before;
      const shown = auditedValues(values);
      await recordAudit(tx, user, { action: "jure.modifie", entityType: "jure", entityId: data.id, ...changedFields({ ...shown, ...comparable }, shown) });
      return ok({ id: data.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "jures_identite_unique")) return fail("deja_existant", IDENTITE_REFUSEE, { nomNaissance: [IDENTITE_REFUSEE] });
    throw error;
  }
}
