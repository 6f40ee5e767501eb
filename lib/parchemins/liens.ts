import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db, type DbOrTx } from "@/db/client";
import { parcheminImpressions, parcheminLienUsages, parcheminLiens, parchemins, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { fail, invalid, ok, refuse, type Result } from "@/lib/result";
import { ensureNumeros, loadParcheminForUpdate, PARCHEMIN_ANNULE, PARCHEMIN_INTROUVABLE } from "./impressions";
import { canAnnulParchemins, parcheminScope } from "./scope";

export const LIEN_JOURS_PAR_DEFAUT = 30;

/** Only this digest of a token is stored: a stolen table gives no working link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const lienSchema = z.object({
  parcheminId: z.string(),
  destinataire: z.string().trim().max(200, "200 caractères au plus.").optional(),
  jours: z.number().int().min(1, "Un jour au moins.").max(90, "90 jours au plus.").default(LIEN_JOURS_PAR_DEFAUT),
});
export type LienInput = z.input<typeof lienSchema>;

/**
 * A download link for the candidate (regional agent in scope): a random token of 256 bits, shown once; only
 * its SHA-256 is kept. Expires after `jours` days (30 by default). The parchemin gets its number here if it
 * had none (the link serves the numbered PDF).
 */
export async function creerLienParchemin(user: CurrentUser, input: LienInput, db: Db = getDb(), now = new Date()): Promise<Result<{ token: string; expireAt: Date; lienId: string }>> {
  const parsed = lienSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!canAnnulParchemins(user)) return fail("introuvable", PARCHEMIN_INTROUVABLE);
  return db.transaction(async (tx) => {
    const parchemin = await loadParcheminForUpdate(tx, user, parsed.data.parcheminId);
    if (!parchemin) return fail("introuvable", PARCHEMIN_INTROUVABLE);
    if (parchemin.statut === "annule") return refuse(PARCHEMIN_ANNULE);
    await ensureNumeros(tx, user, [parchemin]);
    const token = randomBytes(32).toString("base64url");
    const expireAt = new Date(now.getTime() + parsed.data.jours * 86_400_000);
    const [lien] = await tx
      .insert(parcheminLiens)
      .values({ parcheminId: parchemin.id, tokenHash: hashToken(token), destinataire: parsed.data.destinataire || null, expireAt, creePar: user.id, creeAt: now })
      .returning({ id: parcheminLiens.id });
    await recordAudit(tx, user, { action: "parchemin.lien_cree", entityType: "parchemin", entityId: parchemin.id, after: { lienId: lien!.id, expireAt: expireAt.toISOString(), destinataire: parsed.data.destinataire || null } });
    return ok({ token, expireAt, lienId: lien!.id });
  });
}

/** Revokes a link: it answers "lien invalide ou expiré" from now on. */
export async function revoquerLienParchemin(user: CurrentUser, input: { lienId: string }, db: Db = getDb()): Promise<Result> {
  if (!canAnnulParchemins(user) || !isUuid(input.lienId)) return fail("introuvable", "Ce lien est introuvable.");
  return db.transaction(async (tx) => {
    const [lien] = await tx
      .select({ id: parcheminLiens.id, parcheminId: parcheminLiens.parcheminId, revoqueAt: parcheminLiens.revoqueAt })
      .from(parcheminLiens)
      .innerJoin(parchemins, eq(parchemins.id, parcheminLiens.parcheminId))
      .where(and(eq(parcheminLiens.id, input.lienId), parcheminScope(user)))
      .for("update", { of: parcheminLiens });
    if (!lien) return fail("introuvable", "Ce lien est introuvable.");
    if (lien.revoqueAt) return refuse("Ce lien est déjà révoqué.");
    await tx.update(parcheminLiens).set({ revoqueAt: new Date(), revoquePar: user.id }).where(eq(parcheminLiens.id, lien.id));
    await recordAudit(tx, user, { action: "parchemin.lien_revoque", entityType: "parchemin", entityId: lien.parcheminId, after: { lienId: lien.id } });
    return ok();
  });
}

/**
 * The parchemin a token opens, or null — unknown, expired, revoked or annulled alike (the public page
 * says the same "lien invalide ou expiré" for all). `logIp` given: the use is logged.
 */
export async function resolveLien(db: DbOrTx, token: string, now = new Date(), log?: { adresseIp: string | null }): Promise<{ lienId: string; parcheminId: string; duplicata: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [lien] = await db
    .select({ id: parcheminLiens.id, parcheminId: parcheminLiens.parcheminId })
    .from(parcheminLiens)
    .innerJoin(parchemins, eq(parchemins.id, parcheminLiens.parcheminId))
    .where(and(eq(parcheminLiens.tokenHash, hashToken(token)), isNull(parcheminLiens.revoqueAt), gt(parcheminLiens.expireAt, now), eq(parchemins.statut, "valide")));
  if (!lien) return null;
  if (log) await db.insert(parcheminLienUsages).values({ lienId: lien.id, adresseIp: log.adresseIp, utiliseAt: now });
  const [printed] = await db.select({ id: parcheminImpressions.id }).from(parcheminImpressions).where(eq(parcheminImpressions.parcheminId, lien.parcheminId)).limit(1);
  return { lienId: lien.id, parcheminId: lien.parcheminId, duplicata: Boolean(printed) };
}

export type LienListe = { id: string; destinataire: string | null; creeAt: Date; expireAt: Date; revoqueAt: Date | null; par: string | null; usages: number; dernierUsage: Date | null };

/** The links of a parchemin, newest first, with how many times each was used. */
export async function listLiens(db: DbOrTx, parcheminId: string): Promise<LienListe[]> {
  const rows = await db
    .select({
      id: parcheminLiens.id,
      destinataire: parcheminLiens.destinataire,
      creeAt: parcheminLiens.creeAt,
      expireAt: parcheminLiens.expireAt,
      revoqueAt: parcheminLiens.revoqueAt,
      prenom: users.prenom,
      nom: users.nom,
    })
    .from(parcheminLiens)
    .leftJoin(users, eq(users.id, parcheminLiens.creePar))
    .where(eq(parcheminLiens.parcheminId, parcheminId))
    .orderBy(desc(parcheminLiens.creeAt));
  const usages = rows.length
    ? await db
        .select({ lienId: parcheminLienUsages.lienId, utiliseAt: parcheminLienUsages.utiliseAt })
        .from(parcheminLienUsages)
        .innerJoin(parcheminLiens, eq(parcheminLiens.id, parcheminLienUsages.lienId))
        .where(eq(parcheminLiens.parcheminId, parcheminId))
    : [];
  return rows.map(({ prenom, nom, ...r }) => {
    const mine = usages.filter((u) => u.lienId === r.id).map((u) => u.utiliseAt.getTime());
    return { ...r, par: nom ? `${prenom} ${nom}` : null, usages: mine.length, dernierUsage: mine.length ? new Date(Math.max(...mine)) : null };
  });
}
