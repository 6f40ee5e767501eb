import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats, ccps, inscriptions, resultatCcps, resultats, sessionCcps, type DecisionResultat, type IssueCcp, type PresenceCandidat } from "@/db/schema";
import { loadAcquisAnterieurs } from "./capitalisation";

export type CcpVersion = { id: string; numero: number; libelle: string };

export type ResultatCandidat = {
  inscriptionId: string;
  candidatId: string;
  civilite: string;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: string;
  presence: PresenceCandidat | null;
  decision: DecisionResultat | null;
  /** Optimistic lock of the results row (null: nothing entered yet). */
  resultatVersion: number | null;
  /** Outcome per CCP id, as entered at this session. */
  issues: Record<string, IssueCcp>;
  /** Ids of the CCPs acquired in earlier validated sessions of the version (capitalisation, R10). */
  acquisAnterieurs: string[];
};

export type ResultatsSession = {
  ccpsVersion: CcpVersion[];
  /** Ids of the CCPs the session assesses (every CCP of the version for a session titre). */
  ccpsEvalues: string[];
  candidats: ResultatCandidat[];
};

/**
 * The results of a session, candidate by candidate (names in alphabetical order), with the CCPs of its
 * version. The caller has loaded the session in the user's scope: this read trusts that check.
 */
export async function loadResultatsSession(
  tx: DbOrTx,
  session: { id: string; titreVersionId: string; dateDebut: string },
  options: { inscriptionId?: string } = {},
): Promise<ResultatsSession> {
  const [ccpsVersion, evalues, rows] = await Promise.all([
    tx.select({ id: ccps.id, numero: ccps.numero, libelle: ccps.libelle }).from(ccps).where(eq(ccps.titreVersionId, session.titreVersionId)).orderBy(asc(ccps.numero)),
    tx.select({ id: sessionCcps.ccpId }).from(sessionCcps).where(eq(sessionCcps.sessionId, session.id)),
    tx
      .select({
        inscriptionId: inscriptions.id,
        candidatId: candidats.id,
        civilite: candidats.civilite,
        nomNaissance: candidats.nomNaissance,
        nomUsage: candidats.nomUsage,
        prenoms: candidats.prenoms,
        dateNaissance: candidats.dateNaissance,
        presence: resultats.presence,
        decision: resultats.decision,
        resultatVersion: resultats.version,
      })
      .from(inscriptions)
      .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
      .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
      .where(and(eq(inscriptions.sessionId, session.id), options.inscriptionId ? eq(inscriptions.id, options.inscriptionId) : undefined))
      .orderBy(asc(sql`lower(coalesce(${candidats.nomUsage}, ${candidats.nomNaissance}))`), asc(sql`lower(${candidats.prenoms})`), asc(inscriptions.id)),
  ]);
  const ids = rows.map((r) => r.inscriptionId);
  const [issues, anterieurs] = await Promise.all([
    ids.length
      ? tx.select({ inscriptionId: resultatCcps.inscriptionId, ccpId: resultatCcps.ccpId, issue: resultatCcps.issue }).from(resultatCcps).where(inArray(resultatCcps.inscriptionId, ids))
      : Promise.resolve([]),
    loadAcquisAnterieurs(
      tx,
      session,
      rows.map((r) => r.candidatId),
    ),
  ]);
  const byInscription = new Map<string, Record<string, IssueCcp>>();
  for (const row of issues) (byInscription.get(row.inscriptionId) ?? byInscription.set(row.inscriptionId, {}).get(row.inscriptionId)!)[row.ccpId] = row.issue;
  return {
    ccpsVersion,
    ccpsEvalues: evalues.length ? evalues.map((e) => e.id) : ccpsVersion.map((c) => c.id),
    candidats: rows.map((r) => ({ ...r, issues: byInscription.get(r.inscriptionId) ?? {}, acquisAnterieurs: (anterieurs.get(r.candidatId) ?? []).map((a) => a.ccpId) })),
  };
}
