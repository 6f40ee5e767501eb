import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { candidats, inscriptions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { loadSessionForUpdate } from "@/lib/sessions/load";
import { SESSION_MODIFIABLE } from "@/lib/sessions/transitions";
import { parcoursLabels } from "./audit";
import type { DesinscriptionData } from "./schemas";

/** Removes an inscription while the session allows it (SESSION_MODIFIABLE); audited on the session and the candidate. */
export async function desinscrireCandidat(user: CurrentUser, data: DesinscriptionData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, data.sessionId);
    if (!session) return fail("introuvable", "Cette session est introuvable.");
    if (!SESSION_MODIFIABLE.includes(session.statut)) return refuse("Les inscriptions de cette session ne peuvent plus être modifiées.");
    const [row] = await tx
      .select({ id: inscriptions.id, candidatId: inscriptions.candidatId, parcours: inscriptions.parcours, nomNaissance: candidats.nomNaissance, prenoms: candidats.prenoms })
      .from(inscriptions)
      .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
      .where(and(eq(inscriptions.id, data.inscriptionId), eq(inscriptions.sessionId, session.id)));
    if (!row) return fail("introuvable", "Cette inscription est introuvable.");
    await tx.delete(inscriptions).where(eq(inscriptions.id, row.id));
    const parcours = parcoursLabels[row.parcours];
    await recordAudit(tx, user, { action: "session.candidat_retire", entityType: "session", entityId: session.id, before: { candidat: `${row.nomNaissance} ${row.prenoms}`, parcours } });
    await recordAudit(tx, user, { action: "candidat.desinscrit", entityType: "candidat", entityId: row.candidatId, before: { session: session.numero, parcours } });
    return ok({ id: row.id });
  });
}
