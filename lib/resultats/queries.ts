import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import {
  candidats,
  ccps,
  inscriptions,
  rectifications,
  resultatCcps,
  resultats,
  sessionCcps,
  sessions,
  titres,
  titreVersions,
  type DecisionResultat,
  type IssueCcp,
} from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { nomComplet } from "@/lib/candidats/display";
import { capitalisesPour, loadAcquisAnterieurs, loadAcquisValides } from "./capitalisation";
import { decisionLabels, issueCcpLabels } from "./coherence";
import type { GrilleResultats, LigneResultat, SessionDesResultats } from "./grille";

/**
 * The results of a session, a row per inscription (by name), with the CCPs of its version and those it
 * assesses (all of them for a session titre). The caller has loaded the session in scope (R9).
 */
export async function loadGrilleResultats(tx: DbOrTx, session: SessionDesResultats, inscriptionId?: string): Promise<GrilleResultats> {
  const ccpsVersion = await tx
    .select({ id: ccps.id, numero: ccps.numero, libelle: ccps.libelle })
    .from(ccps)
    .where(eq(ccps.titreVersionId, session.titreVersionId))
    .orderBy(asc(ccps.numero));
  const ccpsEvalues =
    session.type === "ccp"
      ? (await tx.select({ ccpId: sessionCcps.ccpId }).from(sessionCcps).where(eq(sessionCcps.sessionId, session.id))).map((r) => r.ccpId)
      : ccpsVersion.map((c) => c.id);
  const evalues = new Set(ccpsEvalues);

  const rows = await tx
    .select({
      inscriptionId: inscriptions.id,
      candidatId: candidats.id,
      civilite: candidats.civilite,
      nomNaissance: candidats.nomNaissance,
      nomUsage: candidats.nomUsage,
      prenoms: candidats.prenoms,
      parcours: inscriptions.parcours,
      presence: resultats.presence,
      decision: resultats.decision,
      version: resultats.version,
    })
    .from(inscriptions)
    .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
    .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
    .where(and(eq(inscriptions.sessionId, session.id), inscriptionId ? eq(inscriptions.id, inscriptionId) : undefined))
    .orderBy(asc(candidats.nomNaissanceNormalise), asc(candidats.prenomsNormalises), asc(inscriptions.id));
  if (rows.length === 0) return { ccpsVersion, ccpsEvalues: ccpsEvalues.filter((id) => evalues.has(id)), lignes: [] };

  const issues = await tx
    .select({ inscriptionId: resultatCcps.inscriptionId, ccpId: resultatCcps.ccpId, issue: resultatCcps.issue })
    .from(resultatCcps)
    .where(inArray(resultatCcps.inscriptionId, rows.map((r) => r.inscriptionId)));

  const anterieurs = await loadAcquisAnterieurs(
    tx,
    session,
    rows.map((r) => r.candidatId),
  );
  const numeroOf = new Map(ccpsVersion.map((c) => [c.id, c.numero]));

  const lignes = rows.map((r): LigneResultat => {
    const capitalises = (anterieurs.get(r.candidatId) ?? []).map((a) => ({ ccpId: a.ccpId, numero: numeroOf.get(a.ccpId) ?? 0, sessionNumero: a.sessionNumero }));
    return {
      inscriptionId: r.inscriptionId,
      candidatId: r.candidatId,
      nom: nomComplet(r),
      parcours: r.parcours,
      presence: r.presence,
      decision: r.decision,
      version: r.version ?? 0,
      issues: Object.fromEntries(issues.filter((i) => i.inscriptionId === r.inscriptionId).map((i) => [i.ccpId, i.issue])),
      capitalises: capitalises.sort((a, b) => a.numero - b.numero),
    };
  });
  return { ccpsVersion, ccpsEvalues, lignes };
}

/**
 * The results of a candidate the caller has loaded in scope, one entry per inscription that has a result,
 * newest session first: outcomes per CCP, CCPs capitalised from earlier validated sessions of the same
 * version, the decision, and the rectifications made after validation. Like the journey, a session outside
 * the user's scope is listed without its link.
 */
export async function listResultatsOfCandidat(user: CurrentUser, candidatId: string, tx: DbOrTx = getDb()) {
  const rows = await tx
    .select({
      inscriptionId: inscriptions.id,
      parcours: inscriptions.parcours,
      sessionId: sessions.id,
      numero: sessions.numero,
      statut: sessions.statut,
      dateDebut: sessions.dateDebut,
      dateFin: sessions.dateFin,
      valideeAt: sessions.valideeAt,
      titreVersionId: sessions.titreVersionId,
      titreCode: titres.code,
      titreIntitule: titres.intitule,
      presence: resultats.presence,
      decision: resultats.decision,
      sessionVisible: sql<boolean>`${sessionScope(user)}`,
    })
    .from(inscriptions)
    .innerJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(eq(inscriptions.candidatId, candidatId))
    .orderBy(desc(sessions.dateDebut), asc(sessions.numero));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.inscriptionId);
  const [ccpRows, issues, rectifs, acquisValides] = await Promise.all([
    tx.select({ id: ccps.id, numero: ccps.numero, libelle: ccps.libelle }).from(ccps).where(inArray(ccps.titreVersionId, [...new Set(rows.map((r) => r.titreVersionId))])),
    tx.select({ inscriptionId: resultatCcps.inscriptionId, ccpId: resultatCcps.ccpId, issue: resultatCcps.issue }).from(resultatCcps).where(inArray(resultatCcps.inscriptionId, ids)),
    tx
      .select({ id: rectifications.id, inscriptionId: rectifications.inscriptionId, motif: rectifications.motif, avant: rectifications.avant, apres: rectifications.apres, rectifieAt: rectifications.rectifieAt })
      .from(rectifications)
      .where(inArray(rectifications.inscriptionId, ids))
      .orderBy(asc(rectifications.rectifieAt)),
    loadAcquisValides(tx, [candidatId], rows.map((r) => r.titreVersionId)),
  ]);
  const ccpOf = new Map(ccpRows.map((c) => [c.id, c]));
  return rows.map((r) => {
    const capitalises = [...capitalisesPour(acquisValides, candidatId, { id: r.sessionId, titreVersionId: r.titreVersionId, dateDebut: r.dateDebut }).values()].flatMap((a) => {
      const ccp = ccpOf.get(a.ccpId);
      return ccp ? [{ numero: ccp.numero, libelle: ccp.libelle, sessionNumero: a.sessionNumero }] : [];
    });
    return {
      ...r,
      ccps: issues
        .filter((i) => i.inscriptionId === r.inscriptionId && ccpOf.has(i.ccpId))
        .map((i) => ({ ...ccpOf.get(i.ccpId)!, issue: i.issue }))
        .sort((a, b) => a.numero - b.numero),
      capitalises: capitalises.sort((a, b) => a.numero - b.numero),
      rectifications: rectifs.filter((x) => x.inscriptionId === r.inscriptionId).map((x) => ({ id: x.id, motif: x.motif, rectifieAt: x.rectifieAt, changements: changementsOf(x.avant, x.apres, ccpOf) })),
    };
  });
}

/** The grid of a session the page has loaded in the user's scope. */
export async function getGrilleResultats(session: SessionDesResultats, tx: DbOrTx = getDb()): Promise<GrilleResultats> {
  return loadGrilleResultats(tx, session);
}

export type ResultatCandidat = Awaited<ReturnType<typeof listResultatsOfCandidat>>[number];

type Etat = { decision?: DecisionResultat | null; ccps?: Record<string, IssueCcp | null | undefined> };

/** A rectification's before/after ({ decision, ccps: { [ccpId]: issue } }) as lines "CCP 2 : Non acquis → Acquis". */
function changementsOf(avant: unknown, apres: unknown, ccpOf: Map<string, { numero: number }>): string[] {
  const a = (avant ?? {}) as Etat;
  const b = (apres ?? {}) as Etat;
  const lignes: string[] = [];
  const decision = (d: DecisionResultat | null | undefined) => (d ? decisionLabels[d] : "—");
  const issue = (i: IssueCcp | null | undefined) => (i ? issueCcpLabels[i] : "—");
  if ((a.decision ?? null) !== (b.decision ?? null)) lignes.push(`Décision : ${decision(a.decision)} → ${decision(b.decision)}`);
  const ccpIds = [...new Set([...Object.keys(a.ccps ?? {}), ...Object.keys(b.ccps ?? {})])].sort((x, y) => (ccpOf.get(x)?.numero ?? 0) - (ccpOf.get(y)?.numero ?? 0));
  for (const id of ccpIds) {
    const [x, y] = [a.ccps?.[id], b.ccps?.[id]];
    if ((x ?? null) !== (y ?? null)) lignes.push(`CCP ${ccpOf.get(id)?.numero ?? "?"} : ${issue(x)} → ${issue(y)}`);
  }
  return lignes;
}
