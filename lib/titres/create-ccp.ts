import { getDb, type Db } from "@/db/client";
import { ccps } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, FORM_ERRORS, ok, type Result } from "@/lib/result";
import { versionLabel } from "./current-version";
import { canEditReferentiels } from "./permissions";
import type { CcpData, VersionRef } from "./schemas";
import { bumpVersion, CCP_NUMERO_TAKEN, ccpNumeroTaken, loadVersion, lockTitre, NOT_FOUND, STALE_VERSION, TITRE_NOT_FOUND, VERSION_NOT_FOUND } from "./write-support";

export async function createCcp(actor: CurrentUser, ref: VersionRef, data: CcpData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  try {
    return await db.transaction(async (tx) => {
      const titre = await lockTitre(tx, ref.titreId);
      if (!titre) return fail("introuvable", TITRE_NOT_FOUND);
      const version = await loadVersion(tx, titre.id, ref.versionId);
      if (!version) return fail("introuvable", VERSION_NOT_FOUND);
      if (version.version !== ref.version) return fail("conflit_version", STALE_VERSION);
      if (await ccpNumeroTaken(tx, ref.versionId, data.numero)) return fail("deja_existant", FORM_ERRORS, { numero: [CCP_NUMERO_TAKEN] });

      const [created] = await tx
        .insert(ccps)
        .values({ titreVersionId: ref.versionId, numero: data.numero, libelle: data.libelle })
        .returning({ id: ccps.id });
      await bumpVersion(tx, ref.versionId);
      await recordAudit(tx, actor, {
        action: "ccp.ajoute",
        entityType: "titre",
        entityId: titre.id,
        after: { version: versionLabel(version), numero: data.numero, libelle: data.libelle },
      });
      return ok({ id: created!.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "ccps_version_numero_unique")) return fail("deja_existant", FORM_ERRORS, { numero: [CCP_NUMERO_TAKEN] });
    throw error;
  }
}
