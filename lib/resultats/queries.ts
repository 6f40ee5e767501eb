import "server-only";
import { and, asc, eq, inArray, lt, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats, ccps, inscriptions, resultatCcps, resultats, sessionCcps, sessions } from "@/db/schema";
import { nomComplet } from "@/lib/candidats/display";
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

  // Capitalisation (R10): only sessions of the same version, validated, and held before this one.
  const anterieurs = await tx
    .select({ candidatId: inscriptions.candidatId, ccpId: resultatCcps.ccpId, sessionNumero: sessions.numero, dateDebut: sessions.dateDebut })
    .from(resultatCcps)
    .innerJoin(inscriptions, eq(inscriptions.id, resultatCcps.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .where(
      and(
        inArray(inscriptions.candidatId, [...new Set(rows.map((r) => r.candidatId))]),
        eq(sessions.titreVersionId, session.titreVersionId),
        eq(sessions.statut, "validee"),
        ne(sessions.id, session.id),
        lt(sessions.dateDebut, session.dateDebut),
        eq(resultatCcps.issue, "acquis"),
      ),
    )
    .orderBy(asc(sessions.dateDebut));
  const numeroOf = new Map(ccpsVersion.map((c) => [c.id, c.numero]));

  const lignes = rows.map((r): LigneResultat => {
    const capitalises = new Map<string, { ccpId: string; numero: number; sessionNumero: string }>();
    for (const a of anterieurs) {
      if (a.candidatId === r.candidatId && !capitalises.has(a.ccpId)) capitalises.set(a.ccpId, { ccpId: a.ccpId, numero: numeroOf.get(a.ccpId) ?? 0, sessionNumero: a.sessionNumero });
    }
    return {
      inscriptionId: r.inscriptionId,
      candidatId: r.candidatId,
      nom: nomComplet(r),
      parcours: r.parcours,
      presence: r.presence,
      decision: r.decision,
      version: r.version ?? 0,
      issues: Object.fromEntries(issues.filter((i) => i.inscriptionId === r.inscriptionId).map((i) => [i.ccpId, i.issue])),
      capitalises: [...capitalises.values()].sort((a, b) => a.numero - b.numero),
    };
  });
  return { ccpsVersion, ccpsEvalues, lignes };
}
