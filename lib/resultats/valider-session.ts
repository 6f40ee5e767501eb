import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { inscriptions, resultats, sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatDateTimeParis, todayInParis } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { loadSessionForUpdate } from "@/lib/sessions/load";
import { checkSessionTransition } from "@/lib/sessions/transitions";
import { SESSION_CONFLIT, SESSION_INTROUVABLE } from "@/lib/sessions/update-session";
import { delivrerLivrets, delivrerParchemins, loadDelivrance } from "./delivrance";

export const validerSessionSchema = z.object({
  id: z.uuid({ error: "Session inconnue." }),
  version: z.coerce.number().int().positive(),
});
export type ValiderSessionData = z.output<typeof validerSessionSchema>;

export type ValidationFaite = { parchemins: number; livrets: number };

/** "Cette session vient d'être validée par Delphine GARDOISE le 03/12/2026 à 17:12." */
async function dejaValidee(tx: Pick<Db, "select">, session: { id: string }): Promise<string> {
  const [row] = await tx
    .select({ prenom: users.prenom, nom: users.nom, valideeAt: sessions.valideeAt })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.valideePar))
    .where(eq(sessions.id, session.id));
  const qui = row?.nom ? ` par ${row.prenom} ${row.nom}` : "";
  const quand = row?.valideeAt ? ` le ${formatDateTimeParis(row.valideeAt)}` : "";
  return `Cette session vient d'être validée${qui}${quand} : rien n'a été modifié. Rechargez la page.`;
}

/**
 * The UD validates a transmitted session (DOMAIN "Validation"), in one transaction: the session row is
 * locked (a second agent waits, then finds it validated and is told by whom), the results must all carry a
 * decision, and the documents are issued — a numbered parchemin per `titre_obtenu` (R7: refused while the
 * version lacks its NSF code or the UD its commune), a livret per `partiel`. The results are locked from then
 * on: a change is a rectification.
 */
export async function validerSession(user: CurrentUser, data: ValiderSessionData, db: Db = getDb(), now: Date = new Date()): Promise<Result<ValidationFaite>> {
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, data.id);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    if (session.statut === "validee") return fail("conflit_version", await dejaValidee(tx, session));
    if (session.version !== data.version) return fail("conflit_version", SESSION_CONFLIT);
    const check = checkSessionTransition("valider", session.statut, user.role);
    if (!check.ok) return refuse(check.message);

    const rows = await tx
      .select({ inscriptionId: inscriptions.id, decision: resultats.decision })
      .from(inscriptions)
      .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
      .where(eq(inscriptions.sessionId, session.id));
    const sansDecision = rows.filter((r) => !r.decision).length;
    if (rows.length === 0) return refuse("Aucun candidat n'est inscrit à cette session : il n'y a rien à valider.");
    if (sansDecision > 0) {
      return refuse(`${sansDecision} candidat${sansDecision > 1 ? "s n'ont" : " n'a"} pas de décision : renvoyez la session au centre pour qu'il complète les résultats.`);
    }
    const titres = rows.filter((r) => r.decision === "titre_obtenu").map((r) => r.inscriptionId);
    const partiels = rows.filter((r) => r.decision === "partiel").map((r) => r.inscriptionId);
    const delivreLe = todayInParis(now);

    let parchemins = 0;
    if (titres.length > 0) {
      const delivrance = await loadDelivrance(tx, session, delivreLe);
      if (!delivrance.ok) return refuse(delivrance.message);
      parchemins = (await delivrerParchemins(tx, delivrance.delivrance, titres)).length;
    }
    const livrets = await delivrerLivrets(tx, delivreLe, partiels);

    await tx
      .update(sessions)
      .set({ statut: check.to, motifStatut: null, version: session.version + 1, valideeAt: now, valideePar: user.id, updatedAt: now })
      .where(eq(sessions.id, session.id));
    await recordAudit(tx, user, {
      action: "session.valider",
      entityType: "session",
      entityId: session.id,
      before: { statut: session.statut },
      after: { statut: check.to, parchemins, livrets },
    });
    return ok({ parchemins, livrets });
  });
}
