import { and, count, eq, lte, gte, ne, sql } from "drizzle-orm";
import { getDb, type Db, type DbOrTx } from "@/db/client";
import { candidats, inscriptions, sessions, titreVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatIsoDate } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { loadSessionForUpdate } from "@/lib/sessions/load";
import { SESSION_MODIFIABLE } from "@/lib/sessions/transitions";
import { parcoursLabels } from "./audit";
import type { InscriptionData } from "./schemas";

export const DEJA_INSCRIT = "Ce candidat est déjà inscrit à cette session.";

/**
 * Registers a candidate into a session in the user's scope. The candidate may be outside the user's
 * scope (a centre registering a returning person found masked by the R5 check): the inscription is what
 * puts the record in the centre's scope. The candidate row is locked, so that two inscriptions of one
 * person into overlapping sessions cannot both pass the check.
 */
export async function inscrireCandidat(user: CurrentUser, data: InscriptionData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  try {
    return await db.transaction(async (tx) => {
      const session = await loadSessionForUpdate(tx, user, data.sessionId);
      if (!session) return fail("introuvable", "Cette session est introuvable.");
      if (!SESSION_MODIFIABLE.includes(session.statut)) return refuse("Les inscriptions de cette session ne peuvent plus être modifiées.");
      const [candidat] = await tx
        .select({ id: candidats.id, nomNaissance: candidats.nomNaissance, prenoms: candidats.prenoms })
        .from(candidats)
        .where(and(eq(candidats.id, data.candidatId), sql`${candidats.mergedIntoId} is null`))
        .for("update");
      if (!candidat) return fail("introuvable", "Ce candidat est introuvable.");
      const refusal = await inscriptionRefusal(tx, session, candidat.id);
      if (refusal) return refuse(refusal);
      const [created] = await tx.insert(inscriptions).values({ sessionId: session.id, candidatId: candidat.id, parcours: data.parcours, createdBy: user.id }).returning({ id: inscriptions.id });
      const parcours = parcoursLabels[data.parcours];
      await recordAudit(tx, user, { action: "session.candidat_inscrit", entityType: "session", entityId: session.id, after: { candidat: `${candidat.nomNaissance} ${candidat.prenoms}`, parcours } });
      await recordAudit(tx, user, { action: "candidat.inscrit", entityType: "candidat", entityId: candidat.id, after: { session: session.numero, parcours } });
      return ok({ id: created!.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "inscriptions_session_candidat_unique")) return refuse(DEJA_INSCRIT);
    throw error;
  }
}

/**
 * Why a candidate cannot join this session, or null: already registered, session full, or registered in an
 * overlapping session of the same title (named by its number). The caller holds the session and candidate
 * rows locked.
 */
export async function inscriptionRefusal(
  tx: DbOrTx,
  session: { id: string; capacite: number; titreVersionId: string; dateDebut: string; dateFin: string },
  candidatId: string,
  options: { dejaPrevus?: number } = {},
): Promise<string | null> {
  const [deja] = await tx.select({ id: inscriptions.id }).from(inscriptions).where(and(eq(inscriptions.sessionId, session.id), eq(inscriptions.candidatId, candidatId)));
  if (deja) return DEJA_INSCRIT;
  const [{ inscrits } = { inscrits: 0 }] = await tx.select({ inscrits: count() }).from(inscriptions).where(eq(inscriptions.sessionId, session.id));
  if (inscrits + (options.dejaPrevus ?? 0) >= session.capacite) return `La session est complète : ${session.capacite} places.`;
  const titreOfSession = tx.select({ titreId: titreVersions.titreId }).from(titreVersions).where(eq(titreVersions.id, session.titreVersionId));
  const [chevauchement] = await tx
    .select({ numero: sessions.numero, dateDebut: sessions.dateDebut, dateFin: sessions.dateFin })
    .from(inscriptions)
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .where(
      and(
        eq(inscriptions.candidatId, candidatId),
        ne(sessions.statut, "annulee"),
        sql`${titreVersions.titreId} = (${titreOfSession})`,
        lte(sessions.dateDebut, session.dateFin),
        gte(sessions.dateFin, session.dateDebut),
      ),
    )
    .limit(1);
  if (chevauchement) {
    return `Ce candidat est déjà inscrit à la session n° ${chevauchement.numero} du même titre (du ${formatIsoDate(chevauchement.dateDebut)} au ${formatIsoDate(chevauchement.dateFin)}), qui chevauche celle-ci.`;
  }
  return null;
}
