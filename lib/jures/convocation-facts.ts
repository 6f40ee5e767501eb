import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { habilitationPeriodes, jureCentreLinks, sessionJures } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { overlappingSessions } from "./convocation-sql";
import { checkEligibility, type DateRange, type EligibilityInput, type EligibilityResult, type LienFact } from "./eligibility";

/** The session R4 is checked for: its days may be the ones it is about to get (a change of dates). */
export type EligibilitySession = DateRange & { id: string; centreId: string; titreVersionId: string; finDeVie: IsoDate | null };

/**
 * R4's facts for a few jurors, read in the caller's transaction, then the pure rule (checkEligibility) for
 * each: the same sets as convocation-sql.ts — periods of the version, links to the centre, active
 * convocations to other non-cancelled sessions overlapping the days — which jures-eligibilite.test.ts proves.
 */
export async function checkEligibilityOf(tx: DbOrTx, session: EligibilitySession, jureIds: readonly string[]): Promise<Map<string, EligibilityResult>> {
  const ids = [...new Set(jureIds)];
  const result = new Map<string, EligibilityResult>();
  if (ids.length === 0) return result;
  // One after the other: they share the caller's transaction (one connection).
  const periodes = await tx
      .select({ jureId: habilitationPeriodes.jureId, debut: habilitationPeriodes.dateDebut, fin: habilitationPeriodes.dateFin })
      .from(habilitationPeriodes)
      .where(and(inArray(habilitationPeriodes.jureId, ids), eq(habilitationPeriodes.titreVersionId, session.titreVersionId)))
      .orderBy(asc(habilitationPeriodes.dateDebut));
  const liens = await tx
      .select({ jureId: jureCentreLinks.jureId, centreId: jureCentreLinks.centreId, type: jureCentreLinks.type, debut: jureCentreLinks.dateDebut, fin: jureCentreLinks.dateFin })
      .from(jureCentreLinks)
      .where(and(inArray(jureCentreLinks.jureId, ids), eq(jureCentreLinks.centreId, session.centreId)));
  const convocations = await tx
      .select({ jureId: sessionJures.jureId, debut: sql<IsoDate>`s.date_debut::text`, fin: sql<IsoDate>`s.date_fin::text` })
      .from(sessionJures)
      .innerJoin(sql`sessions s`, sql`s.id = ${sessionJures.sessionId}`)
      .where(and(inArray(sessionJures.jureId, ids), isNull(sessionJures.retireAt), overlappingSessions(session.debut, session.fin, session.id)));
  const of = <T extends { jureId: string }>(rows: T[], id: string) => rows.filter((r) => r.jureId === id);
  for (const id of ids) {
    const input: EligibilityInput = {
      session: { debut: session.debut, fin: session.fin, centreId: session.centreId },
      finDeVie: session.finDeVie,
      periodes: of(periodes, id).map(({ debut, fin }) => ({ debut, fin })),
      liens: of(liens, id).map(({ centreId, type, debut, fin }): LienFact => ({ centreId, type, debut, fin })),
      convocations: of(convocations, id).map(({ debut, fin }) => ({ debut, fin })),
    };
    result.set(id, checkEligibility(input));
  }
  return result;
}
