import { getDb, type Db } from "@/db/client";
import { titreVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, FORM_ERRORS, ok, type Result } from "@/lib/result";
import { versionLabel } from "./current-version";
import { canEditReferentiels } from "./permissions";
import type { NewVersionRef, VersionData } from "./schemas";
import { lockTitre, NOT_FOUND, NSF_UNKNOWN, nsfExists, TITRE_NOT_FOUND, versionIdentityTaken, versionIdentityViolation } from "./write-support";

export async function createVersion(actor: CurrentUser, ref: NewVersionRef, data: VersionData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  try {
    return await db.transaction(async (tx) => {
      const titre = await lockTitre(tx, ref.titreId);
      if (!titre) return fail("introuvable", TITRE_NOT_FOUND);
      if (!(await nsfExists(tx, data.nsfCode))) return fail("invalide", FORM_ERRORS, { nsfCode: [NSF_UNKNOWN] });
      const taken = await versionIdentityTaken(tx, titre.id, data);
      if (taken) return fail("deja_existant", FORM_ERRORS, taken);

      const [created] = await tx
        .insert(titreVersions)
        .values({ ...data, titreId: titre.id })
        .returning({ id: titreVersions.id });
      await recordAudit(tx, actor, {
        action: "version.creee",
        entityType: "titre",
        entityId: titre.id,
        after: { version: versionLabel(data), ...data },
      });
      return ok({ id: created!.id });
    });
  } catch (error) {
    const fieldErrors = versionIdentityViolation(error, data);
    if (fieldErrors) return fail("invalide", FORM_ERRORS, fieldErrors);
    throw error;
  }
}
