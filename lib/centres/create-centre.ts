import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { centres } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { canCreateCentreIn, centrePermissions } from "./permissions";
import { resolveCurrentCommune } from "./resolve-commune";
import type { CentreData } from "./schemas";

const SIRET_TAKEN = "Un centre est déjà enregistré avec ce SIRET.";

export async function createCentre(user: CurrentUser, data: CentreData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!centrePermissions.editIdentity(user)) return fail("introuvable", "Cette ressource est introuvable.");
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: centres.id }).from(centres).where(eq(centres.siret, data.siret));
      if (taken) return fail("deja_existant", SIRET_TAKEN, { siret: [SIRET_TAKEN] });
      const place = await resolveCurrentCommune(tx, data.communeCode, data.codePostal);
      if (!place.ok) return fail("invalide", "L'adresse du centre est incorrecte.", place.fieldErrors);
      if (!canCreateCentreIn(user, place)) {
        const message = "Cette commune est hors de votre périmètre : le centre doit être créé par l'unité ou la DREETS compétente.";
        return fail("invalide", message, { communeCode: [message] });
      }
      const values = {
        siret: data.siret,
        raisonSociale: data.raisonSociale,
        adresse: data.adresse,
        codePostal: place.codePostal,
        communeCode: place.communeCode,
        communeNom: place.communeNom,
        regionCode: place.regionCode,
        departementCode: place.departementCode,
        reseaux: data.reseaux,
      };
      const [created] = await tx.insert(centres).values(values).returning({ id: centres.id });
      await recordAudit(tx, user, { action: "centre.cree", entityType: "centre", entityId: created!.id, after: values });
      return ok({ id: created!.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "centres_siret_unique")) return fail("deja_existant", SIRET_TAKEN, { siret: [SIRET_TAKEN] });
    throw error;
  }
}
