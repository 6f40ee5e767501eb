import { eq } from "drizzle-orm";
import { getDb, type Db, type DbOrTx } from "@/db/client";
import { sessions, type SessionStatut } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { transmettreSession } from "@/lib/resultats/transmettre-session";
import { validerSession } from "@/lib/resultats/valider-session";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { refusResultatsIncomplets } from "@/lib/resultats/resultats-complets";
import { loadSessionForUpdate, type SessionRecord } from "./load";
import { checkR1ForSession } from "./r1-days";
import type { SessionTransitionData } from "./schemas";
import { loadVersionFacts } from "./session-facts";
import { SESSION_CONFLIT, SESSION_INTROUVABLE } from "./update-session";
import { checkSessionTransition, SESSION_TRANSITIONS, type SessionTransition } from "./transitions";

/**
 * Moves a session loaded FOR UPDATE in the caller's transaction along the status machine: the table says
 * whether the role may fire it from this state and whether a reason is needed; the change is audited
 * `session.<transition>`. Used by the buttons (fireTransition) and by the jury's automatic transitions.
 */
export async function applyTransition(
  tx: DbOrTx,
  user: CurrentUser,
  session: Pick<SessionRecord, "id" | "statut" | "version">,
  transition: SessionTransition,
  motif: string | null,
  now: Date = new Date(),
): Promise<Result<{ statut: SessionStatut; version: number }>> {
  const check = checkSessionTransition(transition, session.statut, user.role, motif);
  if (!check.ok) return refuse(check.message, SESSION_TRANSITIONS[transition].motif && !motif?.trim() ? { motif: [check.message] } : undefined);
  const version = session.version + 1;
  const motifStatut = SESSION_TRANSITIONS[transition].motif ? motif!.trim() : null;
  await tx.update(sessions).set({ statut: check.to, motifStatut, version, updatedAt: now }).where(eq(sessions.id, session.id));
  await recordAudit(tx, user, {
    action: `session.${transition}`,
    entityType: "session",
    entityId: session.id,
    before: { statut: session.statut },
    after: { statut: check.to },
    reason: motifStatut,
  });
  return ok({ statut: check.to, version });
}

/**
 * A button of the session page (déclarer, annuler, renvoyer, valider…). Automatic transitions (the jury's
 * size) are not fired by hand. Declaring checks R1 again on every day: an agrément may have been withdrawn
 * since the draft was written.
 */
export async function fireTransition(user: CurrentUser, data: SessionTransitionData, db: Db = getDb(), now: Date = new Date()): Promise<Result<{ statut: SessionStatut }>> {
  // Validating issues the parchemins and livrets, transmitting stamps transmise_at: their own use cases.
  if (data.transition === "valider") {
    const validated = await validerSession(user, data, db, now);
    return validated.ok ? ok({ statut: "validee" }) : validated;
  }
  if (data.transition === "transmettre") {
    const transmitted = await transmettreSession(user, data, null, db, now);
    return transmitted.ok ? ok({ statut: "transmise" }) : transmitted;
  }
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, data.id);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    if (SESSION_TRANSITIONS[data.transition].automatique) return refuse("Cette étape suit la composition du jury : elle ne se déclenche pas à la main.");
    if (session.version !== data.version) return fail("conflit_version", SESSION_CONFLIT);
    if (data.transition === "declarer" && session.statut === "brouillon") {
      const version = await loadVersionFacts(tx, session.centreId, session.titreVersionId);
      const r1 = checkR1ForSession({ facts: version!.facts, siteId: session.siteId, titreLabel: version!.label, siteLabel: session.siteLibelle, dateDebut: session.dateDebut, dateFin: session.dateFin });
      if (!r1.ok) return refuse(r1.message);
    }
    if (data.transition === "saisir_resultats" && session.statut === "jury_constitue") {
      const incomplet = await refusResultatsIncomplets(tx, session.id);
      if (incomplet) return refuse(incomplet);
    }
    const result = await applyTransition(tx, user, session, data.transition, data.motif, now);
    return result.ok ? ok({ statut: result.data.statut }) : result;
  });
}
