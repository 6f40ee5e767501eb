import { and, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { candidats } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { candidatScope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import type { UpdateCandidatData } from "./schemas";
import { auditedValues, resolveCandidatValues } from "./values";

const INTROUVABLE = "Ce candidat est introuvable.";
const DEJA = "Une autre fiche porte déjà cette identité (même nom de naissance, premier prénom, date et lieu de naissance) : signalez le doublon pour fusion.";

/** A record edited in scope, with optimistic locking; the identity keys are recomputed and the R5 key still holds. */
export async function updateCandidat(user: CurrentUser, data: UpdateCandidatData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(candidats)
        .where(and(eq(candidats.id, data.id), sql`${candidats.mergedIntoId} is null`, candidatScope(user)))
        .for("update");
      if (!before) return fail("introuvable", INTROUVABLE);
      if (before.version !== data.version) return fail("conflit_version", "Cette fiche a été modifiée entre-temps : rechargez la page pour voir la dernière version.");
      const resolved = await resolveCandidatValues(tx, data);
      if (!resolved.ok) return fail("invalide", "Le lieu de naissance ou la commune de résidence est incorrect.", resolved.fieldErrors);
      const { values } = resolved;
      await tx
        .update(candidats)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(eq(candidats.id, before.id));
      const old = auditedValues(before);
      const now = auditedValues(values);
      const changed = Object.keys(now).filter((k) => (old as Record<string, unknown>)[k] !== (now as Record<string, unknown>)[k]);
      await recordAudit(tx, user, {
        action: "candidat.modifie",
        entityType: "candidat",
        entityId: before.id,
        before: Object.fromEntries(changed.map((k) => [k, (old as Record<string, unknown>)[k]])),
        after: Object.fromEntries(changed.map((k) => [k, (now as Record<string, unknown>)[k]])),
      });
      return ok({ id: before.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "candidats_identite_unique")) return fail("deja_existant", DEJA, { nomNaissance: [DEJA] });
    throw error;
  }
}
