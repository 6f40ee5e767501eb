import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { habilitations, titres, titreVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { versionLabel } from "@/lib/titres/import/plan";
import { loadJureForUpdate } from "./load";
import { canManageJures, JURE_INTROUVABLE } from "./permissions";
import type { HabilitationData } from "./schemas";

const DEJA = "Ce juré a déjà une habilitation pour cette version du titre : ajoutez-y une période.";

/** Opens a juror's habilitation for a title version, with its competence facts; periods are added after. */
export async function createHabilitation(user: CurrentUser, data: HabilitationData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", JURE_INTROUVABLE);
  try {
    return await db.transaction(async (tx) => {
      const jure = await loadJureForUpdate(tx, user, data.jureId);
      if (!jure) return fail("introuvable", JURE_INTROUVABLE);
      const [version] = await tx
        .select({ code: titres.code, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion })
        .from(titreVersions)
        .innerJoin(titres, eq(titres.id, titreVersions.titreId))
        .where(eq(titreVersions.id, data.titreVersionId));
      if (!version) return fail("introuvable", "Cette version du titre est introuvable.", { titreVersionId: ["Choisissez une version dans la liste."] });
      const [existing] = await tx.select({ id: habilitations.id }).from(habilitations).where(and(eq(habilitations.jureId, jure.id), eq(habilitations.titreVersionId, data.titreVersionId)));
      if (existing) return fail("deja_existant", DEJA, { titreVersionId: [DEJA] });
      const { jureId: _j, ...values } = data;
      const [created] = await tx.insert(habilitations).values({ ...values, jureId: jure.id }).returning({ id: habilitations.id });
      const after = { titre: `${version.code} — ${versionLabel(version)}`, ...values };
      await recordAudit(tx, user, { action: "habilitation.creee", entityType: "habilitation", entityId: created!.id, after });
      await recordAudit(tx, user, { action: "habilitation.creee", entityType: "jure", entityId: jure.id, after: { titre: after.titre } });
      return ok({ id: created!.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "habilitations_jure_version_unique")) return fail("deja_existant", DEJA, { titreVersionId: [DEJA] });
    throw error;
  }
}
