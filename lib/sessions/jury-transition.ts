import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessionJures, sessions, type SessionStatut } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { checkEligibilityOf, type EligibilitySession } from "@/lib/jures/convocation-facts";
import { juryTransition } from "./transitions";

/** The active jurors of a session (not removed), in a stable order. */
export async function activeJureIds(tx: DbOrTx, sessionId: string): Promise<string[]> {
  const rows = await tx
    .select({ jureId: sessionJures.jureId })
    .from(sessionJures)
    .where(and(eq(sessionJures.sessionId, sessionId), isNull(sessionJures.retireAt)))
    .orderBy(sessionJures.jureId);
  return rows.map((r) => r.jureId);
}

/**
 * After the jury changed, in the same transaction: counts the active jurors R4 still accepts and fires
 * `constituer_jury` (≥ 2) or `defaire_jury` (< 2) when the state calls for it, audited. Returns the new state.
 */
export async function settleJuryState(tx: DbOrTx, user: CurrentUser, session: EligibilitySession & { statut: SessionStatut; numero: string }): Promise<SessionStatut> {
  const verdicts = await checkEligibilityOf(tx, session, await activeJureIds(tx, session.id));
  const size = [...verdicts.values()].filter((v) => v.eligible).length;
  const transition = juryTransition(session.statut, size);
  if (!transition) return session.statut;
  const to: SessionStatut = transition === "constituer_jury" ? "jury_constitue" : "declaree";
  await tx
    .update(sessions)
    .set({ statut: to, version: sql`${sessions.version} + 1`, updatedAt: new Date() })
    .where(eq(sessions.id, session.id));
  await recordAudit(tx, user, { action: `session.${transition}`, entityType: "session", entityId: session.id, before: { statut: session.statut }, after: { statut: to, jures: size } });
  return to;
}
