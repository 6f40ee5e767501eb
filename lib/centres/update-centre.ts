import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { centres } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { CENTRE_INTROUVABLE, CENTRE_MODIFIE, loadCentreForUpdate } from "./load";
import { canCreateCentreIn, centrePermissions } from "./permissions";
import { resolveCurrentCommune } from "./resolve-commune";
import type { UpdateCentreData } from "./schemas";

/** Identity of a centre (never its SIRET): State agents only. */
export async function updateCentre(user: CurrentUser, data: UpdateCentreData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!centrePermissions.editIdentity(user)) return fail("introuvable", CENTRE_INTROUVABLE);
  return db.transaction(async (tx) => {
    const before = await loadCentreForUpdate(tx, user, data.id);
    if (!before) return fail("introuvable", CENTRE_INTROUVABLE);
    if (before.version !== data.version) return fail("conflit_version", CENTRE_MODIFIE);
    const place = await resolveCurrentCommune(tx, data.communeCode, data.codePostal);
    if (!place.ok) return fail("invalide", "L'adresse du centre est incorrecte.", place.fieldErrors);
    if (!canCreateCentreIn(user, place)) {
      const message = "Cette commune est hors de votre périmètre : le centre relèverait d'une autre unité.";
      return fail("invalide", message, { communeCode: [message] });
    }
    const values = {
      raisonSociale: data.raisonSociale,
      adresse: data.adresse,
      codePostal: place.codePostal,
      communeCode: place.communeCode,
      communeNom: place.communeNom,
      regionCode: place.regionCode,
      departementCode: place.departementCode,
      reseaux: data.reseaux,
    };
    await tx.update(centres).set({ ...values, version: before.version + 1, updatedAt: new Date() }).where(eq(centres.id, data.id));
    await recordAudit(tx, user, { action: "centre.modifie", entityType: "centre", entityId: data.id, ...changedFields(before, { ...before, ...values }) });
    return ok({ id: data.id });
  });
}
