import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { centres } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { CENTRE_INTROUVABLE, CENTRE_MODIFIE, loadCentreForUpdate } from "./load";
import { centrePermissions } from "./permissions";
import type { RepresentantData } from "./schemas";

export async function updateRepresentant(user: CurrentUser, data: RepresentantData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!centrePermissions.editRepresentantAndSites(user)) return fail("introuvable", CENTRE_INTROUVABLE);
  return db.transaction(async (tx) => {
    const before = await loadCentreForUpdate(tx, user, data.id);
    if (!before) return fail("introuvable", CENTRE_INTROUVABLE);
    if (before.version !== data.version) return fail("conflit_version", CENTRE_MODIFIE);
    const values = {
      representantCivilite: data.civilite,
      representantNom: data.nom,
      representantPrenom: data.prenom,
      representantFonction: data.fonction,
      representantEmail: data.email,
      representantTelephone: data.telephone,
    };
    await tx.update(centres).set({ ...values, version: before.version + 1, updatedAt: new Date() }).where(eq(centres.id, data.id));
    await recordAudit(tx, user, { action: "centre.representant_modifie", entityType: "centre", entityId: data.id, ...changedFields(before, { ...before, ...values }) });
    return ok({ id: data.id });
  });
}
