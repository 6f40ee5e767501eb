import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, rowsOf, type Db } from "@/db/client";
import { candidatFusions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { lockCandidats, type FusionSnapshot } from "./merge-candidats";
import { movedReferences } from "./references";
import { restoreRow, rowById, sameRow } from "./rows";

export const undoMergeSchema = z.object({ fusionId: z.uuid() });
export type UndoMergeData = z.output<typeof undoMergeSchema>;

const INTROUVABLE = "Cette fusion est introuvable.";

/**
 * Undoes a merge: both records, the pair and every moved row get back, column for column, the values the
 * snapshot holds. Refused when anything the merge wrote has changed since — the survivor or the tombstone
 * edited (or merged again), a moved row edited, removed or moved elsewhere, a row referencing either record
 * added since (a new inscription on the survivor: nobody can tell which of the two persons it belongs to) —
 * because restoring the snapshot would then erase someone's later work. The message says what changed.
 */
export async function undoMerge(user: CurrentUser, data: UndoMergeData, db: Db = getDb()): Promise<Result<{ survivantId: string; fusionneId: string }>> {
  if (user.role === "centre") return fail("introuvable", INTROUVABLE);
  try {
    return await db.transaction(async (tx) => {
      const [fusion] = await tx.select().from(candidatFusions).where(eq(candidatFusions.id, data.fusionId)).for("update");
      if (!fusion) return fail("introuvable", INTROUVABLE);
      // The survivor must be in the caller's scope (the tombstone, whose inscriptions moved, is read through it).
      const locked = await lockCandidats(tx, user, [fusion.survivantId]);
      if (!locked.get(fusion.survivantId)) return fail("introuvable", INTROUVABLE);
      await lockCandidats(tx, { ...user, role: "national" } as CurrentUser, [fusion.fusionneId]);
      if (fusion.annuleeAt) return refuse("Cette fusion a déjà été annulée.");
      const snapshot = fusion.snapshot as FusionSnapshot;

      const reason = await whatChanged(tx, fusion.survivantId, fusion.fusionneId, snapshot);
      if (reason) return refuse(`La fusion ne peut plus être annulée : ${reason}`);

      // The survivor gives back the merged record's identity before the tombstone comes back to life (R5 index).
      await restoreRow(tx, "candidats", snapshot.survivant);
      await restoreRow(tx, "candidats", snapshot.fusionne);
      for (const moved of snapshot.deplaces) await restoreRow(tx, moved.table, moved.avant);
      if (snapshot.doublon) await restoreRow(tx, "candidat_doublons", snapshot.doublon);
      await tx.update(candidatFusions).set({ annuleeAt: new Date(), annuleePar: user.id }).where(eq(candidatFusions.id, fusion.id));

      const after = { fusionId: fusion.id, survivantId: fusion.survivantId, fusionneId: fusion.fusionneId, restaures: snapshot.deplaces.map((d) => ({ table: d.table, id: d.avant.id })) };
      await recordAudit(tx, user, { action: "candidat.fusion_annulee", entityType: "candidat", entityId: fusion.survivantId, after });
      await recordAudit(tx, user, { action: "candidat.fusion_annulee", entityType: "candidat", entityId: fusion.fusionneId, after });
      return ok({ survivantId: fusion.survivantId, fusionneId: fusion.fusionneId });
    });
  } catch (error) {
    if (isUniqueViolation(error, "candidats_identite_unique")) {
      return refuse("La fusion ne peut plus être annulée : une fiche portant l'identité de la fiche fusionnée a été créée depuis.");
    }
    throw error;
  }
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Why the state after the merge is no longer what the merge left, in French; null when nothing changed. */
async function whatChanged(tx: Tx, survivantId: string, fusionneId: string, snapshot: FusionSnapshot): Promise<string | null> {
  if (!sameRow(await rowById(tx, "candidats", survivantId), snapshot.survivantApres)) {
    return "la fiche conservée a été modifiée depuis (ou a elle-même été fusionnée).";
  }
  if (!sameRow(await rowById(tx, "candidats", fusionneId), snapshot.fusionneApres)) return "la fiche fusionnée a été modifiée depuis.";
  const moved = new Set(snapshot.deplaces.map((d) => `${d.table}:${d.avant.id}`));
  for (const d of snapshot.deplaces) {
    const now = await rowById(tx, d.table, d.avant.id);
    if (!now) return `une ligne déplacée (${d.table}) a été supprimée depuis.`;
    if (!sameRow(now, { ...d.avant, [d.column]: survivantId })) return `une ligne déplacée (${d.table}) a été modifiée depuis.`;
  }
  const attendus = new Set([...moved, ...snapshot.gardes.map((g) => `${g.table}:${g.id}`)]);
  for (const ref of movedReferences) {
    const result = await tx.execute(
      sql`select t.id::text as id from ${sql.raw(`"${ref.table}"`)} t where t.${sql.raw(`"${ref.column}"`)} in (${survivantId}, ${fusionneId})`,
    );
    const presents = rowsOf<{ id: string }>(result).map((r) => `${ref.table}:${r.id}`);
    if (presents.some((k) => !attendus.has(k))) return `une ligne (${ref.label ?? ref.table}) a été ajoutée depuis à la fiche conservée.`;
    const attendusIci = [...attendus].filter((k) => k.startsWith(`${ref.table}:`));
    if (attendusIci.some((k) => !presents.includes(k))) return `une ligne (${ref.label ?? ref.table}) de la fiche conservée a été retirée depuis.`;
  }
  return null;
}
