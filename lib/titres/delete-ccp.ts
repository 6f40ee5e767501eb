import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { ccps } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { versionLabel } from "./current-version";
import { canEditReferentiels } from "./permissions";
import type { CcpRef } from "./schemas";
import { bumpVersion, CCP_NOT_FOUND, loadVersion, lockTitre, NOT_FOUND, STALE_VERSION, TITRE_NOT_FOUND, VERSION_NOT_FOUND } from "./write-support";

/** The other CCPs keep their numbers: a gap is visible and can be closed by renumbering on purpose. */
export async function deleteCcp(actor: CurrentUser, ref: CcpRef, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  return db.transaction(async (tx) => {
    const titre = await lockTitre(tx, ref.titreId);
    if (!titre) return fail("introuvable", TITRE_NOT_FOUND);
    const version = await loadVersion(tx, titre.id, ref.versionId);
    if (!version) return fail("introuvable", VERSION_NOT_FOUND);
    if (version.version !== ref.version) return fail("conflit_version", STALE_VERSION);
    const [deleted] = await tx
      .delete(ccps)
      .where(and(eq(ccps.id, ref.ccpId), eq(ccps.titreVersionId, ref.versionId)))
      .returning({ numero: ccps.numero, libelle: ccps.libelle });
    if (!deleted) return fail("introuvable", CCP_NOT_FOUND);
    await bumpVersion(tx, ref.versionId);
    await recordAudit(tx, actor, {
      action: "ccp.supprime",
      entityType: "titre",
      entityId: titre.id,
      before: { version: versionLabel(version), numero: deleted.numero, libelle: deleted.libelle },
    });
    return ok({ id: ref.ccpId });
  });
}
