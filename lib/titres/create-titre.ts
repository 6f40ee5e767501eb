import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { titres } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import { canEditReferentiels } from "./permissions";
import type { TitreData } from "./schemas";
import { CODE_TAKEN, NOT_FOUND } from "./write-support";

export async function createTitre(actor: CurrentUser, data: TitreData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canEditReferentiels(actor)) return fail("introuvable", NOT_FOUND);
  try {
    return await db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: titres.id }).from(titres).where(eq(titres.code, data.code));
      if (taken) return fail("deja_existant", CODE_TAKEN, { code: [CODE_TAKEN] });
      const values = { code: data.code, intitule: data.intitule, sigle: data.sigle };
      const [created] = await tx.insert(titres).values(values).returning({ id: titres.id });
      await recordAudit(tx, actor, { action: "titre.cree", entityType: "titre", entityId: created!.id, after: values });
      return ok({ id: created!.id });
    });
  } catch (error) {
    // Two administrators creating the same code at once: the unique constraint decides.
    if (isUniqueViolation(error, "titres_code_unique")) return fail("deja_existant", CODE_TAKEN, { code: [CODE_TAKEN] });
    throw error;
  }
}
