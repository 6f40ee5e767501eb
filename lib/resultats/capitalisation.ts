import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { inscriptions, resultatCcps, sessions } from "@/db/schema";

/** A CCP a candidate acquired at a validated session. */
export type AcquisValide = { candidatId: string; ccpId: string; sessionId: string; sessionNumero: string; titreVersionId: string; dateDebut: string };

export type SessionCible = { id: string; titreVersionId: string; dateDebut: string };

/**
 * Every CCP the candidates acquired at **validated** sessions of these versions, oldest session first (ties:
 * highest session number first, as the candidate page always read them). One query for every capitalisation
 * read (DOMAIN R10); `capitalisesPour` then keeps the sessions held before the target.
 */
export async function loadAcquisValides(tx: DbOrTx, candidatIds: readonly string[], titreVersionIds: readonly string[]): Promise<AcquisValide[]> {
  if (candidatIds.length === 0 || titreVersionIds.length === 0) return [];
  return tx
    .select({
      candidatId: inscriptions.candidatId,
      ccpId: resultatCcps.ccpId,
      sessionId: sessions.id,
      sessionNumero: sessions.numero,
      titreVersionId: sessions.titreVersionId,
      dateDebut: sessions.dateDebut,
    })
    .from(resultatCcps)
    .innerJoin(inscriptions, eq(inscriptions.id, resultatCcps.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .where(
      and(
        inArray(inscriptions.candidatId, [...new Set(candidatIds)]),
        inArray(sessions.titreVersionId, [...new Set(titreVersionIds)]),
        eq(sessions.statut, "validee"),
        eq(resultatCcps.issue, "acquis"),
      ),
    )
    .orderBy(asc(sessions.dateDebut), desc(sessions.numero));
}

/**
 * Capitalisation (DOMAIN R10): the CCPs a candidate acquired at a validated session of the same version held
 * before `session` — strictly: a session starting the same day is not earlier — each with the first session
 * that gave it. The saisie, the grid, the candidate page, the PV, the validation and the rectification all read
 * it here, so a decision entered under R10 is checked against the same CCPs when the session is validated. `acquis` comes from `loadAcquisValides`.
 */
export function capitalisesPour(
  acquis: readonly AcquisValide[],
  candidatId: string,
  session: SessionCible,
): Map<string, { ccpId: string; sessionNumero: string }> {
  const capitalises = new Map<string, { ccpId: string; sessionNumero: string }>();
  for (const a of acquis) {
    if (a.candidatId !== candidatId || a.titreVersionId !== session.titreVersionId || a.sessionId === session.id) continue;
    if (a.dateDebut >= session.dateDebut) continue;
    if (!capitalises.has(a.ccpId)) capitalises.set(a.ccpId, { ccpId: a.ccpId, sessionNumero: a.sessionNumero });
  }
  return capitalises;
}

/** The capitalised CCPs of each candidate of a session, by candidate id (see `capitalisesPour`). */
export async function loadAcquisAnterieurs(
  tx: DbOrTx,
  session: SessionCible,
  candidatIds: readonly string[],
): Promise<Map<string, { ccpId: string; sessionNumero: string }[]>> {
  const acquis = await loadAcquisValides(tx, candidatIds, [session.titreVersionId]);
  return new Map(candidatIds.map((id) => [id, [...capitalisesPour(acquis, id, session).values()]]));
}
