import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { ccps } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, FORM_ERRORS, ok, type Result } from "@/lib/result";
import { versionLabel } from "./current-version";
import { canEditReferentiels } from "./permissions";
import type { CcpData, CcpRef } from "./schemas";
import { bumpVersion, CCP_NOT_FOUND, CCP_NUMERO_TAKEN, ccpNumeroTaken, loadVersion, lockTitre, NOT_FOUND, STALE_VERSION, TITRE_NOT_FOUND, VERSION_NOT_FOUND } from "./write-support";

export async function updateCcp(actor: CurrentUser, ref: CcpRef, data: CcpData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  try {
    return await db.transaction(async (tx) => {
      const titre = await lockTitre(tx, ref.titreId);
      if (!titre) return fail("introuvable", TITRE_NOT_FOUND);
      const version = await loadVersion(tx, titre.id, ref.versionId);
      if (!version) return fail("introuvable", VERSION_NOT_FOUND);
      if (version.version !== ref.version) return fail("conflit_version", STALE_VERSION);
      const [before] = await tx
        .select({ numero: ccps.numero, libelle: ccps.libelle })
        .from(ccps)
        .where(and(eq(ccps.id, ref.ccpId), eq(ccps.titreVersionId, ref.versionId)));
      if (!before) return fail("introuvable", CCP_NOT_FOUND);
      if (await ccpNumeroTaken(tx, ref.versionId, data.numero, ref.ccpId)) return fail("deja_existant", FORM_ERRORS, { numero: [CCP_NUMERO_TAKEN] });

      const values = { numero: data.numero, libelle: data.libelle };
      const diff = changedFields(before, values);
      if (Object.keys(diff.after).length === 0) return ok({ id: ref.ccpId });
      await tx.update(ccps).set(values).where(eq(ccps.id, ref.ccpId));
      await bumpVersion(tx, ref.versionId);
      await recordAudit(tx, actor, {
        action: "ccp.modifie",
        entityType: "titre",
        entityId: titre.id,
        // Which CCP was changed is named by its number before the change.
        before: diff.before,
        after: { version: versionLabel(version), ccp: before.numero, ...diff.after },
      });
      return ok({ id: ref.ccpId });
    });
  } catch (error) {
    if (isUniqueViolation(error, "ccps_version_numero_unique")) return fail("deja_existant", FORM_ERRORS, { numero: [CCP_NUMERO_TAKEN] });
    throw error;
  }
}
