import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { jures, sessionJures, type SessionStatut } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { nomPrenoms } from "@/lib/jures/display";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { juryClosedReason, SESSION_INTROUVABLE } from "./jury-messages";
import { settleJuryState } from "./jury-transition";
import { loadSessionForUpdate } from "./load";

export type RemoveJureInput = { sessionId: string; jureId: string; motif: string };

/**
 * Removes a juror from a session's jury, with a reason. The row stays (retire_at, retire_par, motif): the
 * jury's history is kept, and the juror becomes free for other sessions on these days. Falling under two
 * jurors R4 accepts sends the session back to `declaree`.
 */
export async function removeJure(user: CurrentUser, input: RemoveJureInput, db: Db = getDb()): Promise<Result<{ statut: SessionStatut }>> {
  const motif = input.motif.trim();
  if (!motif) return fail("invalide", "Indiquez le motif du retrait.", { motif: ["Indiquez le motif du retrait."] });
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, input.sessionId);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    const closed = juryClosedReason(session.statut);
    if (closed) return refuse(closed);
    const [row] = await tx
      .select({ id: sessionJures.id, nomNaissance: jures.nomNaissance, nomUsage: jures.nomUsage, prenoms: jures.prenoms })
      .from(sessionJures)
      .innerJoin(jures, eq(jures.id, sessionJures.jureId))
      .where(and(eq(sessionJures.sessionId, session.id), eq(sessionJures.jureId, input.jureId), isNull(sessionJures.retireAt)))
      .for("update", { of: sessionJures });
    if (!row) return refuse("Ce juré n'est pas (ou plus) convoqué à cette session. Rechargez la page.");
    await tx.update(sessionJures).set({ retireAt: new Date(), retirePar: user.id, motifRetrait: motif }).where(eq(sessionJures.id, row.id));
    await recordAudit(tx, user, { action: "session.jure_retire", entityType: "session", entityId: session.id, before: { jureId: input.jureId, jure: nomPrenoms(row) }, reason: motif });
    const target = { id: session.id, centreId: session.centreId, titreVersionId: session.titreVersionId, finDeVie: session.finDeVie, debut: session.dateDebut, fin: session.dateFin };
    const statut = await settleJuryState(tx, user, { ...target, statut: session.statut, numero: session.numero });
    return ok({ statut });
  });
}
