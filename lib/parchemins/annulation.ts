import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { parcheminLiens, parchemins } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, invalid, ok, refuse, type Result } from "@/lib/result";
import { annulationRaisonLabels, annulationRaisons } from "./audit";
import { loadParcheminForUpdate, PARCHEMIN_INTROUVABLE } from "./impressions";
import { canAnnulParchemins } from "./scope";


export const annulationSchema = z.object({
  parcheminId: z.string(),
  version: z.number().int(),
  raison: z.enum(annulationRaisons, { error: "Choisissez la raison de l'annulation (fraude ou erreur)." }),
  precision: z.string().trim().min(1, "Précisez ce qui motive l'annulation.").max(1000, "1 000 caractères au plus."),
});
export type AnnulationInput = z.input<typeof annulationSchema>;

/**
 * Annuls a parchemin (fraud, error), by a regional agent whose territory holds the session: it stays in the
 * register with its number (never reused), can no longer be printed, and its download links stop working.
 * Optimistic lock on `version`: two agents at once, the second is told to reload.
 */
export async function annulerParchemin(user: CurrentUser, input: AnnulationInput, db: Db = getDb()): Promise<Result<{ annuleAt: Date }>> {
  const parsed = annulationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!canAnnulParchemins(user)) return fail("introuvable", PARCHEMIN_INTROUVABLE);
  const { parcheminId, version, raison, precision } = parsed.data;
  return db.transaction(async (tx) => {
    const parchemin = await loadParcheminForUpdate(tx, user, parcheminId);
    if (!parchemin) return fail("introuvable", PARCHEMIN_INTROUVABLE);
    if (parchemin.statut === "annule") return refuse("Ce parchemin est déjà annulé.");
    if (parchemin.version !== version) return fail("conflit_version", "Ce parchemin a été modifié entre-temps (impression ou numérotation) : rechargez la page.");
    const motif = `${annulationRaisonLabels[raison]} : ${precision}`;
    const annuleAt = new Date();
    await tx
      .update(parchemins)
      .set({ statut: "annule", annuleAt, annulePar: user.id, motifAnnulation: motif, version: parchemin.version + 1 })
      .where(eq(parchemins.id, parchemin.id));
    await tx.update(parcheminLiens).set({ revoqueAt: annuleAt, revoquePar: user.id }).where(and(eq(parcheminLiens.parcheminId, parchemin.id), isNull(parcheminLiens.revoqueAt)));
    await recordAudit(tx, user, { action: "parchemin.annule", entityType: "parchemin", entityId: parchemin.id, before: { statut: "valide", numero: parchemin.numero }, after: { statut: "annule", raison }, reason: motif });
    return ok({ annuleAt });
  });
}
