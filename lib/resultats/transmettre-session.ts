import { eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { inscriptions, resultats, sessionPvs, sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { loadSessionForUpdate } from "@/lib/sessions/load";
import { checkSessionTransition } from "@/lib/sessions/transitions";
import { SESSION_CONFLIT, SESSION_INTROUVABLE } from "@/lib/sessions/update-session";
import { nomFichierPv, verifierPvScan } from "./pv-scan";

export const transmettreSessionSchema = z.object({
  id: z.uuid({ error: "Session inconnue." }),
  version: z.coerce.number().int().positive(),
});
export type TransmettreSessionData = z.output<typeof transmettreSessionSchema>;

export type PvScan = { nomFichier: string; contenu: Uint8Array };

/**
 * The centre transmits its entered results to the UD (status `transmise`, `transmise_at`), with the signed
 * PV scan if it has one: checked before anything is written (a bad file changes nothing), stored in
 * `session_pvs`, replacing the one of an earlier transmission. Audited `session.transmettre`.
 */
export async function transmettreSession(user: CurrentUser, data: TransmettreSessionData, pv: PvScan | null, db: Db = getDb(), now: Date = new Date()): Promise<Result<{ pv: boolean }>> {
  if (pv) {
    const erreur = verifierPvScan(pv);
    if (erreur) return fail("invalide", erreur, { pv: [erreur] });
  }
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, data.id);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    if (session.version !== data.version) return fail("conflit_version", SESSION_CONFLIT);
    const check = checkSessionTransition("transmettre", session.statut, user.role);
    if (!check.ok) return refuse(check.message);
    const [manque] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(inscriptions)
      .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
      .where(sql`${inscriptions.sessionId} = ${session.id} and ${isNull(resultats.decision)}`);
    if (manque!.n > 0) return refuse(`${manque!.n} candidat${manque!.n > 1 ? "s n'ont" : " n'a"} pas encore de décision : complétez les résultats avant de transmettre.`);

    const nomFichier = pv ? nomFichierPv(pv.nomFichier) : null;
    if (pv) {
      const values = { sessionId: session.id, nomFichier: nomFichier!, taille: pv.contenu.byteLength, contenu: Buffer.from(pv.contenu), deposePar: user.id, deposeAt: now };
      await tx.insert(sessionPvs).values(values).onConflictDoUpdate({ target: sessionPvs.sessionId, set: values });
    }
    await tx.update(sessions).set({ statut: check.to, motifStatut: null, version: session.version + 1, transmiseAt: now, updatedAt: now }).where(eq(sessions.id, session.id));
    await recordAudit(tx, user, {
      action: "session.transmettre",
      entityType: "session",
      entityId: session.id,
      before: { statut: session.statut },
      after: { statut: check.to, pvSigne: nomFichier ?? "aucun" },
    });
    return ok({ pv: pv !== null });
  });
}
