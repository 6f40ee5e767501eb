import { and, eq, gte, lte, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/db/client";
import { candidatDoublons, candidatFusions, candidats, inscriptions, sessions, titreVersions, type Candidat } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { candidatScope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatIsoDate } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { identityKeys } from "../identity";
import { differingFields, fieldValues, mergedValues, mergeFields, type MergeCandidatsData, type MergeField } from "./fields";
import { movedReferences } from "./references";
import { rowById, rowsReferencing, setReference, type RowJson } from "./rows";

export const INTROUVABLE = "Ces fiches sont introuvables.";

/** What the undo needs: both records and the pair as they were, and every row that moved with its old values. */
export type FusionSnapshot = {
  survivant: RowJson;
  fusionne: RowJson;
  survivantApres: RowJson;
  fusionneApres: RowJson;
  doublon: RowJson | null;
  deplaces: { table: string; column: string; avant: RowJson }[];
  /** The rows that referenced the survivor already: any other row found at undo time was added since. */
  gardes: { table: string; id: string }[];
};

/** Both records, locked in id order (two merges touching the same records never wait on each other in a cycle). */
export async function lockCandidats(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], user: CurrentUser, ids: string[]) {
  const locked = new Map<string, Candidat>();
  for (const id of [...ids].sort()) {
    const [row] = await tx.select().from(candidats).where(and(eq(candidats.id, id), candidatScope(user))).for("update");
    if (row) locked.set(id, row);
  }
  return locked;
}

/**
 * Merges `fusionneId` into `survivantId` in one transaction (issue 11): the survivor takes the chosen values
 * (identity keys recomputed, R5 key still unique), every row referencing the merged record moves to the
 * survivor, the merged record becomes a tombstone, the pair is marked fusionne, and a snapshot is kept for
 * the undo. Optimistic: refused when either record changed since the side-by-side view was opened.
 *
 * Two inscriptions of the same person in one session are refused rather than silently reduced to one: the
 * two rows may carry different parcours, and choosing is the centre's business (it removes one first). So
 * are two inscriptions in overlapping sessions of the same title, which the inscription itself refuses
 * (issue 11: "nor in two overlapping sessions of the same title"); the merge must not create what the
 * inscription forbids. Cancelled sessions do not count, as at inscription.
 */
export async function mergeCandidats(user: CurrentUser, data: MergeCandidatsData, db: Db = getDb()): Promise<Result<{ fusionId: string; survivantId: string }>> {
  if (user.role === "centre") return fail("introuvable", INTROUVABLE);
  if (data.survivantId === data.fusionneId) return refuse("Choisissez deux fiches différentes.");
  try {
    return await db.transaction(async (tx) => {
      const locked = await lockCandidats(tx, user, [data.survivantId, data.fusionneId]);
      const survivant = locked.get(data.survivantId);
      const fusionne = locked.get(data.fusionneId);
      if (!survivant || !fusionne) return fail("introuvable", INTROUVABLE);
      if (survivant.mergedIntoId || fusionne.mergedIntoId) return refuse("L'une de ces fiches a déjà été fusionnée : rechargez la liste des doublons.");
      if (survivant.version !== data.versionSurvivant || fusionne.version !== data.versionFusionne) {
        return fail("conflit_version", "L'une des deux fiches a été modifiée depuis l'ouverture de la comparaison : rechargez la page et vérifiez vos choix.");
      }

      const refusal = await inscriptionsConflict(tx, survivant.id, fusionne.id);
      if (refusal) return refuse(refusal);

      const [a, b] = [survivant.id, fusionne.id].sort() as [string, string];
      const [pair] = await tx
        .select()
        .from(candidatDoublons)
        .where(and(eq(candidatDoublons.candidatAId, a), eq(candidatDoublons.candidatBId, b)))
        .for("update");
      if (pair && pair.statut !== "a_examiner") return refuse("Cette paire a été écartée comme « pas un doublon » : elle ne peut pas être fusionnée.");

      const snapshotSurvivant = (await rowById(tx, "candidats", survivant.id))!;
      const snapshotFusionne = (await rowById(tx, "candidats", fusionne.id))!;
      const snapshotDoublon = pair ? await rowById(tx, "candidat_doublons", pair.id) : null;

      // The tombstone leaves the R5 unique index first (partial: merged_into_id is null), so the survivor
      // may take the merged record's identity.
      const now = new Date();
      await tx.update(candidats).set({ mergedIntoId: survivant.id, version: fusionne.version + 1, updatedAt: now }).where(eq(candidats.id, fusionne.id));
      const values = mergedValues(survivant, fusionne, data.choix);
      await tx
        .update(candidats)
        .set({ ...values, ...identityKeys(values), version: survivant.version + 1, updatedAt: now })
        .where(eq(candidats.id, survivant.id));

      const gardes: FusionSnapshot["gardes"] = [];
      for (const ref of movedReferences) {
        for (const row of await rowsReferencing(tx, ref.table, ref.column, survivant.id)) gardes.push({ table: ref.table, id: row.id });
      }
      const deplaces: FusionSnapshot["deplaces"] = [];
      for (const ref of movedReferences) {
        for (const row of await rowsReferencing(tx, ref.table, ref.column, fusionne.id)) {
          deplaces.push({ table: ref.table, column: ref.column, avant: row });
          await setReference(tx, ref.table, ref.column, row.id, survivant.id);
        }
      }

      if (pair) await tx.update(candidatDoublons).set({ statut: "fusionne", decideAt: now, decidePar: user.id }).where(eq(candidatDoublons.id, pair.id));

      const choisis = Object.fromEntries(
        differingFields(survivant, fusionne).map((f) => [f, { source: data.choix[f] ?? "survivant", valeur: fieldValues(data.choix[f] === "fusionne" ? fusionne : survivant, f) }]),
      ) as Record<MergeField, { source: string; valeur: unknown }>;
      const snapshot: FusionSnapshot = {
        survivant: snapshotSurvivant,
        fusionne: snapshotFusionne,
        survivantApres: (await rowById(tx, "candidats", survivant.id))!,
        fusionneApres: (await rowById(tx, "candidats", fusionne.id))!,
        doublon: snapshotDoublon,
        deplaces,
        gardes,
      };
      const [fusion] = await tx
        .insert(candidatFusions)
        .values({ survivantId: survivant.id, fusionneId: fusionne.id, doublonId: pair?.id ?? null, choix: choisis, snapshot, fusionnePar: user.id })
        .returning({ id: candidatFusions.id });

      const auditAfter = {
        fusionId: fusion!.id,
        survivantId: survivant.id,
        fusionneId: fusionne.id,
        champsChoisis: Object.fromEntries(Object.entries(choisis).map(([f, c]) => [mergeFields[f as MergeField].label, c])),
        deplaces: deplaces.map((d) => ({ table: d.table, id: d.avant.id })),
      };
      await recordAudit(tx, user, { action: "candidat.fusion", entityType: "candidat", entityId: survivant.id, before: { valeursAvant: Object.fromEntries(Object.keys(choisis).map((f) => [mergeFields[f as MergeField].label, fieldValues(survivant, f as MergeField)])) }, after: auditAfter });
      await recordAudit(tx, user, { action: "candidat.fusionne_dans", entityType: "candidat", entityId: fusionne.id, after: auditAfter });
      return ok({ fusionId: fusion!.id, survivantId: survivant.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "candidats_identite_unique")) {
      return fail("deja_existant", "Une troisième fiche porte déjà l'identité choisie (nom de naissance, premier prénom, date et lieu de naissance) : fusionnez d'abord avec elle.");
    }
    throw error;
  }
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const sessionF = alias(sessions, "sf");
const sessionS = alias(sessions, "ss");
const inscriptionF = alias(inscriptions, "inf");
const inscriptionS = alias(inscriptions, "ins");
const versionF = alias(titreVersions, "tvf");
const versionS = alias(titreVersions, "tvs");

/** Why the two records' inscriptions cannot live on one record (same session, or overlapping sessions of one title), in French; null when they can. */
async function inscriptionsConflict(tx: Tx, survivantId: string, fusionneId: string): Promise<string | null> {
  const conflicts = await tx
    .select({
      numeroF: sessionF.numero,
      debutF: sessionF.dateDebut,
      finF: sessionF.dateFin,
      numeroS: sessionS.numero,
      debutS: sessionS.dateDebut,
      finS: sessionS.dateFin,
    })
    .from(inscriptionF)
    .innerJoin(sessionF, eq(sessionF.id, inscriptionF.sessionId))
    .innerJoin(versionF, eq(versionF.id, sessionF.titreVersionId))
    .innerJoin(inscriptionS, eq(inscriptionS.candidatId, survivantId))
    .innerJoin(sessionS, eq(sessionS.id, inscriptionS.sessionId))
    .innerJoin(versionS, eq(versionS.id, sessionS.titreVersionId))
    .where(
      and(
        eq(inscriptionF.candidatId, fusionneId),
        or(
          eq(sessionF.id, sessionS.id),
          and(
            eq(versionF.titreId, versionS.titreId),
            ne(sessionF.statut, "annulee"),
            ne(sessionS.statut, "annulee"),
            lte(sessionF.dateDebut, sessionS.dateFin),
            gte(sessionF.dateFin, sessionS.dateDebut),
          ),
        ),
      ),
    )
    .orderBy(sessionS.numero, sessionF.numero);
  const memes = conflicts.filter((c) => c.numeroF === c.numeroS);
  if (memes.length) {
    return `Les deux fiches sont inscrites à la même session (${memes.map((c) => c.numeroS).join(", ")}) : retirez l'une des deux inscriptions avant de fusionner.`;
  }
  if (conflicts.length) {
    const paires = conflicts.map(
      (c) => `n° ${c.numeroS} (du ${formatIsoDate(c.debutS)} au ${formatIsoDate(c.finS)}) et n° ${c.numeroF} (du ${formatIsoDate(c.debutF)} au ${formatIsoDate(c.finF)})`,
    );
    return `Les deux fiches sont inscrites à des sessions du même titre qui se chevauchent — ${paires.join(" ; ")} : une même personne ne peut pas passer les deux. Retirez l'une des deux inscriptions avant de fusionner.`;
  }
  return null;
}
