import { and, eq, ne } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { titres } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { canEditReferentiels } from "./permissions";
import type { TitreData, TitreRef } from "./schemas";
import { CODE_TAKEN, lockTitre, NOT_FOUND, STALE_TITRE, TITRE_NOT_FOUND } from "./write-support";

export async function updateTitre(actor: CurrentUser, ref: TitreRef, data: TitreData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  try {
    return await db.transaction(async (tx) => {
      const before = await lockTitre(tx, ref.id);
      if (!before) return fail("introuvable", TITRE_NOT_FOUND);
      if (before.version !== ref.version) return fail("conflit_version", STALE_TITRE);
      const [taken] = await tx
        .select({ id: titres.id })
        .from(titres)
        .where(and(eq(titres.code, data.code), ne(titres.id, ref.id)));
      if (taken) return fail("deja_existant", CODE_TAKEN, { code: [CODE_TAKEN] });

      const values = { code: data.code, intitule: data.intitule, sigle: data.sigle };
      const diff = changedFields({ code: before.code, intitule: before.intitule, sigle: before.sigle }, values);
      if (Object.keys(diff.after).length === 0) return ok({ id: ref.id });
      await tx
        .update(titres)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(eq(titres.id, ref.id));
      await recordAudit(tx, actor, { action: "titre.modifie", entityType: "titre", entityId: ref.id, ...diff });
      return ok({ id: ref.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "titres_code_unique")) return fail("deja_existant", CODE_TAKEN, { code: [CODE_TAKEN] });
    throw error;
  }
}
