import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ccps, nsfCodes, titres, titreVersions } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";

// Shared steps of the référentiel writes. Every write locks the title row first (SELECT … FOR UPDATE), as
// the import does: two changes of one title, its versions or its CCPs are applied one after the other.

export const NOT_FOUND = "Cette ressource est introuvable.";
export const TITRE_NOT_FOUND = "Ce titre est introuvable : il a peut-être été supprimé.";
export const VERSION_NOT_FOUND = "Cette version du titre est introuvable.";
export const STALE_TITRE =
  "Ce titre a été modifié par quelqu'un d'autre depuis l'ouverture du formulaire. Rechargez la page pour voir ses nouvelles valeurs, puis refaites votre modification.";
export const STALE_VERSION =
  "Cette version a été modifiée par quelqu'un d'autre depuis l'ouverture de la page. Rechargez la page pour voir ses nouvelles valeurs, puis refaites votre modification.";
export const CCP_NOT_FOUND = "Ce CCP est introuvable : il a peut-être déjà été supprimé.";
export const CCP_NUMERO_TAKEN = "Cette version a déjà un CCP portant ce numéro.";
export const CODE_TAKEN = "Un titre existe déjà avec ce code.";
const DATE_TAKEN = "Ce titre a déjà une version sans millésime à cette date : indiquez son millésime.";
export const NSF_UNKNOWN = "Code NSF inconnu de la nomenclature : vérifiez-le, par exemple 330t.";

/** The unique indexes behind versionIdentityTaken, for the race that the check cannot see. */
export function versionIdentityViolation(error: unknown, identity: { millesime: string | null }): Record<string, string[]> | null {
  if (isUniqueViolation(error, "titre_versions_millesime_unique")) return { millesime: [`Ce titre a déjà une version de millésime ${identity.millesime}.`] };
  if (isUniqueViolation(error, "titre_versions_date_unique")) return { dateVersion: [DATE_TAKEN] };
  return null;
}

export async function lockTitre(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: titres.id, code: titres.code, intitule: titres.intitule, sigle: titres.sigle, version: titres.version })
    .from(titres)
    .where(eq(titres.id, id))
    .for("update");
  return row ?? null;
}

/** A version of that title (never of another one), with what the history shows of it. */
export async function loadVersion(tx: Tx, titreId: string, versionId: string) {
  const [row] = await tx
    .select({
      millesime: titreVersions.millesime,
      dateVersion: titreVersions.dateVersion,
      niveau: titreVersions.niveau,
      rncp: titreVersions.rncp,
      nsfCode: titreVersions.nsfCode,
      finDeVie: titreVersions.finDeVie,
      version: titreVersions.version,
    })
    .from(titreVersions)
    .where(and(eq(titreVersions.id, versionId), eq(titreVersions.titreId, titreId)));
  return row ?? null;
}

export async function nsfExists(tx: Tx, code: string): Promise<boolean> {
  const [row] = await tx.select({ code: nsfCodes.code }).from(nsfCodes).where(eq(nsfCodes.code, code));
  return Boolean(row);
}

/**
 * The field error when another version of the title already has this identity: the same millésime, or,
 * for a version without millésime, the same date (the two unique indexes of titre_versions).
 */
export async function versionIdentityTaken(
  tx: Tx,
  titreId: string,
  identity: { millesime: string | null; dateVersion: string },
  exceptId?: string,
): Promise<Record<string, string[]> | null> {
  const others = exceptId ? ne(titreVersions.id, exceptId) : undefined;
  if (identity.millesime) {
    const [taken] = await tx
      .select({ id: titreVersions.id })
      .from(titreVersions)
      .where(and(eq(titreVersions.titreId, titreId), eq(titreVersions.millesime, identity.millesime), others));
    return taken ? { millesime: [`Ce titre a déjà une version de millésime ${identity.millesime}.`] } : null;
  }
  const [taken] = await tx
    .select({ id: titreVersions.id })
    .from(titreVersions)
    .where(and(eq(titreVersions.titreId, titreId), isNull(titreVersions.millesime), eq(titreVersions.dateVersion, identity.dateVersion), others));
  return taken ? { dateVersion: [DATE_TAKEN] } : null;
}

export async function ccpNumeroTaken(tx: Tx, versionId: string, numero: number, exceptId?: string): Promise<boolean> {
  const [taken] = await tx
    .select({ id: ccps.id })
    .from(ccps)
    .where(and(eq(ccps.titreVersionId, versionId), eq(ccps.numero, numero), exceptId ? ne(ccps.id, exceptId) : undefined));
  return Boolean(taken);
}

/** The CCP list belongs to its version: changing it moves the version's lock counter. */
export async function bumpVersion(tx: Tx, versionId: string): Promise<void> {
  await tx
    .update(titreVersions)
    .set({ version: sql`${titreVersions.version} + 1`, updatedAt: new Date() })
    .where(eq(titreVersions.id, versionId));
}
