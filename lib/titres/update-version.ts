import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { titreVersions } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, FORM_ERRORS, ok, type Result } from "@/lib/result";
import { versionLabel } from "./current-version";
import { canEditReferentiels } from "./permissions";
import type { VersionData, VersionRef } from "./schemas";
import {
  loadVersion,
  lockTitre,
  NOT_FOUND,
  NSF_UNKNOWN,
  nsfExists,
  STALE_VERSION,
  TITRE_NOT_FOUND,
  VERSION_NOT_FOUND,
  versionIdentityTaken,
  versionIdentityViolation,
} from "./write-support";

export async function updateVersion(actor: CurrentUser, ref: VersionRef, data: VersionData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  try {
    return await db.transaction(async (tx) => {
      const titre = await lockTitre(tx, ref.titreId);
      if (!titre) return fail("introuvable", TITRE_NOT_FOUND);
      const before = await loadVersion(tx, titre.id, ref.versionId);
      if (!before) return fail("introuvable", VERSION_NOT_FOUND);
      if (before.version !== ref.version) return fail("conflit_version", STALE_VERSION);
      if (!(await nsfExists(tx, data.nsfCode))) return fail("invalide", FORM_ERRORS, { nsfCode: [NSF_UNKNOWN] });
      const taken = await versionIdentityTaken(tx, titre.id, data, ref.versionId);
      if (taken) return fail("deja_existant", FORM_ERRORS, taken);

      const { version: _lock, ...stored } = before;
      const diff = changedFields(stored, data);
      if (Object.keys(diff.after).length === 0) return ok({ id: ref.versionId });
      await tx
        .update(titreVersions)
        .set({ ...data, version: before.version + 1, updatedAt: new Date() })
        .where(eq(titreVersions.id, ref.versionId));
      // The version is named in the history; its former name only when it changed.
      const [was, now] = [versionLabel(before), versionLabel(data)];
      await recordAudit(tx, actor, {
        action: "version.modifiee",
        entityType: "titre",
        entityId: titre.id,
        before: { ...(was !== now ? { version: was } : {}), ...diff.before },
        after: { version: now, ...diff.after },
      });
      return ok({ id: ref.versionId });
    });
  } catch (error) {
    const fieldErrors = versionIdentityViolation(error, data);
    if (fieldErrors) return fail("invalide", FORM_ERRORS, fieldErrors);
    throw error;
  }
}
