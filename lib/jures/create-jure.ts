import { getDb, type Db } from "@/db/client";
import { jures } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { auditedValues, resolveJureValues } from "./jure-values";
import { identityRefusal } from "./identity-check";
import { canManageJureIn, canManageJures, HORS_PERIMETRE, IDENTITE_REFUSEE } from "./permissions";
import type { JureData } from "./schemas";

export async function createJure(user: CurrentUser, data: JureData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", "Cette ressource est introuvable.");
  try {
    return await db.transaction(async (tx) => {
      const resolved = await resolveJureValues(tx, data);
      if (!resolved.ok) return fail("invalide", "Le lieu de naissance ou la commune de résidence est incorrect.", resolved.fieldErrors);
      const { values } = resolved;
      if (!canManageJureIn(user, { regionCode: values.residenceRegionCode, departementCode: values.residenceDepartementCode })) {
        return fail("invalide", HORS_PERIMETRE, { residenceCommuneCode: [HORS_PERIMETRE] });
      }
      const taken = await identityRefusal(tx, user, values);
      if (taken) return fail("deja_existant", taken, { nomNaissance: [taken] });
      const [created] = await tx.insert(jures).values(values).returning({ id: jures.id });
      await recordAudit(tx, user, { action: "jure.cree", entityType: "jure", entityId: created!.id, after: auditedValues(values) });
      return ok({ id: created!.id });
    });
  } catch (error) {
    // Two agents entering the same person at once: the unique index decides, and the refusal stays neutral.
    if (isUniqueViolation(error, "jures_identite_unique")) return fail("deja_existant", IDENTITE_REFUSEE, { nomNaissance: [IDENTITE_REFUSEE] });
    throw error;
  }
}
