import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, rowsOf, type Db, type DbOrTx } from "@/db/client";
import { impressionMotifs, inscriptions, parcheminImpressions, parchemins, users, type ImpressionMotif } from "@/db/schema";
import { recordAudit, recordAuditBatch } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { fail, invalid, ok, refuse, type Result } from "@/lib/result";
import { loadSessionForUpdate } from "@/lib/sessions/load";
import { assignParcheminNumeros } from "./assign-numeros";
import { canPrintParchemins, parcheminScope } from "./scope";

export const PARCHEMIN_INTROUVABLE = "Ce parchemin est introuvable.";
export const PARCHEMIN_ANNULE = "Ce parchemin est annulé : il ne peut plus être imprimé.";

/** A parchemin row as the user may see it, locked for the caller's transaction; null out of scope. */
export async function loadParcheminForUpdate(tx: DbOrTx, user: CurrentUser, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select()
    .from(parchemins)
    .where(and(eq(parchemins.id, id), parcheminScope(user)))
    .for("update");
  return row ?? null;
}

/**
 * Gives its number to a parchemin issued before numbering existed (DOMAIN R7: on its first print), inside
 * the caller's transaction, and audits it; a numbered parchemin keeps its number.
 */
export async function ensureNumeros(tx: DbOrTx, user: CurrentUser, rows: readonly { id: string; numero: string | null }[]): Promise<Map<string, string>> {
  const sans = rows.filter((r) => r.numero === null).map((r) => r.id);
  const numeros = new Map(rows.filter((r) => r.numero !== null).map((r) => [r.id, r.numero!]));
  if (sans.length === 0) return numeros;
  const given = await assignParcheminNumeros(tx as Parameters<typeof assignParcheminNumeros>[0], sans);
  await recordAuditBatch(
    tx,
    user,
    sans.map((id) => ({ action: "parchemin.numerote" as const, entityType: "parchemin", entityId: id, after: { numero: given.get(id) } })),
  );
  for (const [id, numero] of given) numeros.set(id, numero);
  return numeros;
}

export const impressionSchema = z.object({
  parcheminId: z.string(),
  motif: z.enum(impressionMotifs, { error: "Choisissez le motif de l'impression." }),
  commentaire: z.string().trim().max(500, "500 caractères au plus.").optional(),
});
export type ImpressionInput = z.input<typeof impressionSchema>;

/**
 * Records one print of a parchemin (who, when, why): the first print is the original, every later one a
 * duplicata (on request, or after a loss) that prints "Duplicata" and the same number. A parchemin without a
 * number gets it here, in the same transaction. An annulled parchemin is never printed again. Returns the
 * recorded print; the PDF route then renders it.
 */
export async function imprimerParchemin(user: CurrentUser, input: ImpressionInput, db: Db = getDb()): Promise<Result<{ impressionId: string; numero: string; motif: ImpressionMotif }>> {
  const parsed = impressionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { parcheminId, motif } = parsed.data;
  const commentaire = parsed.data.commentaire || null;
  if (!canPrintParchemins(user)) return fail("introuvable", PARCHEMIN_INTROUVABLE);
  return db.transaction(async (tx) => {
    const parchemin = await loadParcheminForUpdate(tx, user, parcheminId);
    if (!parchemin) return fail("introuvable", PARCHEMIN_INTROUVABLE);
    if (parchemin.statut === "annule") return refuse(PARCHEMIN_ANNULE);
    const count = rowsOf<{ count: number }>(await tx.execute(sql`select count(*)::int as count from parchemin_impressions where parchemin_id = ${parchemin.id}`))[0]!.count;
    if (count === 0 && motif !== "original") return refuse("Ce parchemin n'a jamais été imprimé : sa première impression est l'original.", { motif: ["La première impression est l'original."] });
    if (count > 0 && motif === "original") return refuse("L'original de ce parchemin est déjà imprimé : choisissez duplicata ou perte.", { motif: ["Choisissez duplicata ou perte."] });
    const numero = (await ensureNumeros(tx, user, [parchemin])).get(parchemin.id)!;
    const [impression] = await tx.insert(parcheminImpressions).values({ parcheminId: parchemin.id, motif, commentaire, imprimePar: user.id }).returning({ id: parcheminImpressions.id });
    await recordAudit(tx, user, { action: "parchemin.imprime", entityType: "parchemin", entityId: parchemin.id, after: { numero, motif }, reason: commentaire });
    return ok({ impressionId: impression!.id, numero, motif });
  });
}

/**
 * Records the print of every live parchemin of a validated session, for the UD's batch PDF: an original for
 * those never printed, a duplicata for the others. Numbers missing are given in the same transaction.
 */
export async function imprimerParcheminsSession(user: CurrentUser, sessionId: string, db: Db = getDb()): Promise<Result<{ imprimes: number; originaux: number }>> {
  if (!canPrintParchemins(user)) return fail("introuvable", "Cette session est introuvable.");
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, sessionId);
    if (!session) return fail("introuvable", "Cette session est introuvable.");
    if (session.statut !== "validee") return refuse("Les parchemins s'impriment une fois la session validée.");
    const rows = await tx
      .select({ id: parchemins.id, numero: parchemins.numero })
      .from(parchemins)
      .innerJoin(inscriptions, eq(inscriptions.id, parchemins.inscriptionId))
      .where(and(eq(inscriptions.sessionId, session.id), eq(parchemins.statut, "valide")))
      .for("update", { of: parchemins });
    if (rows.length === 0) return refuse("Cette session n'a aucun parchemin à imprimer.");
    const numeros = await ensureNumeros(tx, user, rows);
    const ids = rows.map((r) => r.id);
    const printed = new Set(
      (await tx.selectDistinct({ id: parcheminImpressions.parcheminId }).from(parcheminImpressions).where(inArray(parcheminImpressions.parcheminId, ids))).map((r) => r.id),
    );
    const values = rows.map((r) => ({ parcheminId: r.id, motif: (printed.has(r.id) ? "duplicata" : "original") as ImpressionMotif, imprimePar: user.id, commentaire: "Impression de la session" }));
    await tx.insert(parcheminImpressions).values(values);
    await recordAuditBatch(
      tx,
      user,
      values.map((v) => ({ action: "parchemin.imprime" as const, entityType: "parchemin", entityId: v.parcheminId, after: { numero: numeros.get(v.parcheminId), motif: v.motif, session: session.numero } })),
    );
    const originaux = values.filter((v) => v.motif === "original").length;
    await recordAudit(tx, user, { action: "session.parchemins_imprimes", entityType: "session", entityId: session.id, after: { parchemins: values.length, originaux } });
    return ok({ imprimes: values.length, originaux });
  });
}

export type ImpressionHistorique = { id: string; motif: ImpressionMotif; commentaire: string | null; imprimeAt: Date; par: string | null };

/** The prints of parchemins, most recent first: who, when, why. */
export async function listImpressions(db: DbOrTx, parcheminIds: readonly string[]): Promise<Map<string, ImpressionHistorique[]>> {
  const out = new Map<string, ImpressionHistorique[]>(parcheminIds.map((id) => [id, []]));
  if (parcheminIds.length === 0) return out;
  const rows = await db
    .select({
      id: parcheminImpressions.id,
      parcheminId: parcheminImpressions.parcheminId,
      motif: parcheminImpressions.motif,
      commentaire: parcheminImpressions.commentaire,
      imprimeAt: parcheminImpressions.imprimeAt,
      prenom: users.prenom,
      nom: users.nom,
    })
    .from(parcheminImpressions)
    .leftJoin(users, eq(users.id, parcheminImpressions.imprimePar))
    .where(inArray(parcheminImpressions.parcheminId, [...parcheminIds]))
    .orderBy(desc(parcheminImpressions.imprimeAt), desc(parcheminImpressions.id));
  for (const { parcheminId, prenom, nom, ...r } of rows) out.get(parcheminId)!.push({ ...r, par: nom ? `${prenom} ${nom}` : null });
  return out;
}
