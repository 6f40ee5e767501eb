import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { jures, sessionJures, type SessionStatut } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { jureScope } from "@/lib/auth/scope";
import { checkEligibilityOf } from "@/lib/jures/convocation-facts";
import { nomPrenoms } from "@/lib/jures/display";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { ineligibilityText, JURE_INTROUVABLE, juryClosedReason, SESSION_INTROUVABLE } from "./jury-messages";
import { settleJuryState } from "./jury-transition";
import { loadSessionForUpdate } from "./load";

export type ConvokeJuresInput = { sessionId: string; jureIds: string[] };

/**
 * Convenes jurors to a session, all or none. R4 is checked again here, inside the transaction and after
 * the jurors' rows are locked: two centres convening the same juror for overlapping days serialise on that
 * lock, and the second one then reads the first one's convocation (read committed: each statement sees
 * what committed before it) and is refused with the reason. Jurors are locked in id order, so two
 * convocations sharing several jurors cannot deadlock.
 */
export async function convokeJures(user: CurrentUser, input: ConvokeJuresInput, db: Db = getDb()): Promise<Result<{ convoques: number; statut: SessionStatut }>> {
  const ids = [...new Set(input.jureIds)].sort();
  if (ids.length === 0) return fail("invalide", "Sélectionnez au moins un juré à convoquer.");
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, input.sessionId);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    const closed = juryClosedReason(session.statut);
    if (closed) return refuse(closed);

    // A regional agent convenes the jurors of its territory (the ones its list shows); a centre, any juror.
    const locked = await tx
      .select({ id: jures.id, nomNaissance: jures.nomNaissance, nomUsage: jures.nomUsage, prenoms: jures.prenoms })
      .from(jures)
      .where(and(inArray(jures.id, ids), user.role === "regional" ? jureScope(user) : undefined))
      .orderBy(asc(jures.id))
      .for("update");
    if (locked.length !== ids.length) return fail("introuvable", JURE_INTROUVABLE);

    const dejaLa = await tx
      .select({ jureId: sessionJures.jureId })
      .from(sessionJures)
      .where(and(eq(sessionJures.sessionId, session.id), isNull(sessionJures.retireAt), inArray(sessionJures.jureId, ids)));
    if (dejaLa.length) {
      const noms = locked.filter((j) => dejaLa.some((d) => d.jureId === j.id)).map(nomPrenoms);
      return refuse(`Déjà convoqué${noms.length > 1 ? "s" : ""} à cette session : ${noms.join(", ")}.`);
    }

    const target = { id: session.id, centreId: session.centreId, titreVersionId: session.titreVersionId, finDeVie: session.finDeVie, debut: session.dateDebut, fin: session.dateFin };
    const verdicts = await checkEligibilityOf(tx, target, ids);
    const refused = locked.filter((j) => !verdicts.get(j.id)!.eligible).map((j) => ineligibilityText(j, verdicts.get(j.id)!, target));
    if (refused.length) return refuse(`Convocation impossible, aucun juré n'a été convoqué. ${refused.join(". ")}.`);

    const now = new Date();
    await tx.insert(sessionJures).values(locked.map((j) => ({ sessionId: session.id, jureId: j.id, convoqueAt: now, convoquePar: user.id })));
    for (const j of locked) {
      await recordAudit(tx, user, { action: "session.jure_convoque", entityType: "session", entityId: session.id, after: { jureId: j.id, jure: nomPrenoms(j) } });
    }
    const statut = await settleJuryState(tx, user, { ...target, statut: session.statut, numero: session.numero });
    return ok({ convoques: locked.length, statut });
  });
}
