import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { candidatDoublons } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { lockCandidats } from "./merge-candidats";

export const ecarterDoublonSchema = z.object({ doublonId: z.uuid() });

/** "Pas un doublon": the pair keeps its row as ecarte, so that no later scan proposes it again. Audited on both records. */
export async function ecarterDoublon(user: CurrentUser, data: z.output<typeof ecarterDoublonSchema>, db: Db = getDb()): Promise<Result> {
  if (user.role === "centre") return fail("introuvable", "Cette paire est introuvable.");
  return db.transaction(async (tx) => {
    const [pair] = await tx.select().from(candidatDoublons).where(eq(candidatDoublons.id, data.doublonId)).for("update");
    if (!pair) return fail("introuvable", "Cette paire est introuvable.");
    const locked = await lockCandidats(tx, user, [pair.candidatAId, pair.candidatBId]);
    if (locked.size < 2) return fail("introuvable", "Cette paire est introuvable.");
    if (pair.statut !== "a_examiner") return refuse("Cette paire a déjà été traitée.");
    await tx
      .update(candidatDoublons)
      .set({ statut: "ecarte", decideAt: new Date(), decidePar: user.id })
      .where(and(eq(candidatDoublons.id, pair.id), eq(candidatDoublons.statut, "a_examiner")));
    const after = { doublonId: pair.id, autreFiche: "", score: pair.score, raisons: pair.raisons };
    await recordAudit(tx, user, { action: "candidat.doublon_ecarte", entityType: "candidat", entityId: pair.candidatAId, after: { ...after, autreFiche: pair.candidatBId } });
    await recordAudit(tx, user, { action: "candidat.doublon_ecarte", entityType: "candidat", entityId: pair.candidatBId, after: { ...after, autreFiche: pair.candidatAId } });
    return ok();
  });
}
