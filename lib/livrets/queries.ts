import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { ccps, departements, inscriptions, livrets, sessions, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { lieuNaissance } from "@/lib/candidats/display";
import { getCandidatForUser } from "@/lib/candidats/queries";
import { isUuid } from "@/lib/ids";
import { versionLabel } from "@/lib/titres/current-version";
import { listCcpsAcquis, type CcpAcquis } from "./acquis";
import type { LivretData } from "./data";

const livretColumns = {
  id: livrets.id,
  delivreLe: livrets.delivreLe,
  sessionId: sessions.id,
  sessionNumero: sessions.numero,
  valideeAt: sessions.valideeAt,
  titreVersionId: titreVersions.id,
  titreCode: titres.code,
  titreIntitule: titres.intitule,
  niveau: titreVersions.niveau,
  millesime: titreVersions.millesime,
  dateVersion: titreVersions.dateVersion,
  lieuDelivrance: departements.udCommuneNom,
};

function livretsOf(tx: DbOrTx, candidatId: string) {
  return tx
    .select(livretColumns)
    .from(livrets)
    .innerJoin(inscriptions, eq(inscriptions.id, livrets.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .innerJoin(departements, eq(departements.code, sessions.departementCode))
    .where(eq(inscriptions.candidatId, candidatId))
    .$dynamic();
}

async function countCcpsOfVersion(tx: DbOrTx, titreVersionId: string): Promise<number> {
  const [row] = await tx.select({ total: count() }).from(ccps).where(eq(ccps.titreVersionId, titreVersionId));
  return row?.total ?? 0;
}

/**
 * A livret of a candidate, with what it prints. The scope is the candidate page's (R9): a candidate out of
 * scope, a merged record, or a livret of someone else is null — the route answers 404 before rendering.
 */
export async function getLivretForUser(user: CurrentUser, candidatId: string, livretId: string, tx: DbOrTx = getDb()): Promise<LivretData | null> {
  if (!isUuid(livretId)) return null;
  const candidat = await getCandidatForUser(user, candidatId, tx);
  if (!candidat || candidat.mergedIntoId) return null;
  const [livret] = await livretsOf(tx, candidat.id).where(and(eq(inscriptions.candidatId, candidat.id), eq(livrets.id, livretId)));
  if (!livret) return null;
  const [acquis, ccpsVersion] = await Promise.all([listCcpsAcquis(tx, candidat.id, livret.titreVersionId, livret.valideeAt), countCcpsOfVersion(tx, livret.titreVersionId)]);
  return {
    id: livret.id,
    candidatId: candidat.id,
    civilite: candidat.civilite,
    nomNaissance: candidat.nomNaissance,
    nomUsage: candidat.nomUsage,
    prenoms: candidat.prenoms,
    dateNaissance: candidat.dateNaissance,
    lieuNaissance: lieuNaissance(candidat),
    titreCode: livret.titreCode,
    titreIntitule: livret.titreIntitule,
    niveau: livret.niveau,
    version: versionLabel(livret),
    ccpsVersion,
    ccps: acquis,
    sessionNumero: livret.sessionNumero,
    delivreLe: livret.delivreLe,
    lieuDelivrance: livret.lieuDelivrance,
  };
}

export type LivretsDeVersion = {
  titreVersionId: string;
  titreCode: string;
  titreIntitule: string;
  version: string;
  ccpsVersion: number;
  /** Every CCP acquired so far for the version, in validated sessions. */
  ccps: CcpAcquis[];
  livrets: { id: string; delivreLe: string; sessionNumero: string; lieuDelivrance: string | null }[];
};

/**
 * The livrets of a candidate the caller has loaded in scope, grouped by title version (newest livret first),
 * with the CCPs acquired so far for each version: what the candidate page shows.
 */
export async function listLivretsOfCandidat(candidatId: string, tx: DbOrTx = getDb()): Promise<LivretsDeVersion[]> {
  const rows = await livretsOf(tx, candidatId).orderBy(desc(livrets.delivreLe), asc(sessions.numero));
  const byVersion = new Map<string, LivretsDeVersion>();
  for (const row of rows) {
    let group = byVersion.get(row.titreVersionId);
    if (!group) {
      group = { titreVersionId: row.titreVersionId, titreCode: row.titreCode, titreIntitule: row.titreIntitule, version: versionLabel(row), ccpsVersion: 0, ccps: [], livrets: [] };
      byVersion.set(row.titreVersionId, group);
    }
    group.livrets.push({ id: row.id, delivreLe: row.delivreLe, sessionNumero: row.sessionNumero, lieuDelivrance: row.lieuDelivrance });
  }
  const groups = [...byVersion.values()];
  await Promise.all(
    groups.map(async (group) => {
      [group.ccps, group.ccpsVersion] = await Promise.all([listCcpsAcquis(tx, candidatId, group.titreVersionId), countCcpsOfVersion(tx, group.titreVersionId)]);
    }),
  );
  return groups;
}
