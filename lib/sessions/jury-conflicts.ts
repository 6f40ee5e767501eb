import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jures, sessionJures } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { checkEligibilityOf } from "@/lib/jures/convocation-facts";
import { ineligibilityText } from "./jury-messages";

export type JuryConflict = { jureId: string; nomNaissance: string; nomUsage: string | null; prenoms: string; texte: string };

/**
 * The active jurors R4 would no longer accept if the session took these days (habilitation over every day,
 * links to the centre, another convocation overlapping): a change of dates is refused while there are
 * some. To be called in the transaction that changes the dates, after the session row is locked: the
 * jurors' rows are locked too (id order, as convokeJures does), so no convocation of one of them to an
 * overlapping session can slip in between this check and the commit.
 */
export async function findJuryConflicts(
  tx: DbOrTx,
  session: { id: string; centreId: string; titreVersionId: string; finDeVie: IsoDate | null },
  days: { debut: IsoDate; fin: IsoDate },
): Promise<JuryConflict[]> {
  const actifs = await tx
    .select({ id: jures.id, nomNaissance: jures.nomNaissance, nomUsage: jures.nomUsage, prenoms: jures.prenoms })
    .from(sessionJures)
    .innerJoin(jures, eq(jures.id, sessionJures.jureId))
    .where(and(eq(sessionJures.sessionId, session.id), isNull(sessionJures.retireAt)))
    .orderBy(asc(jures.id))
    .for("update", { of: jures });
  const target = { ...session, ...days };
  const verdicts = await checkEligibilityOf(
    tx,
    target,
    actifs.map((j) => j.id),
  );
  return actifs
    .filter((j) => !verdicts.get(j.id)!.eligible)
    .map((j) => ({ jureId: j.id, nomNaissance: j.nomNaissance, nomUsage: j.nomUsage, prenoms: j.prenoms, texte: ineligibilityText(j, verdicts.get(j.id)!, days) }));
}

/** The refusal of a change of dates: who to remove first, and why. */
export function juryConflictsMessage(conflicts: JuryConflict[]): string {
  return `Ces dates ne conviennent pas à tout le jury. Retirez d'abord du jury : ${conflicts.map((c) => c.texte).join(" ; ")}.`;
}
