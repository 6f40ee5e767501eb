import "server-only";
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, jures, sessionJures, sessions, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import type { IsoDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";

const convoquant = alias(users, "convoquant");
const retirant = alias(users, "retirant");

/**
 * The jury of a session as the Jury tab shows it: active convocations first (in the order they were made),
 * then the removed ones with their reason. Empty when the session is out of the user's scope.
 */
export async function listSessionJuryForUser(user: CurrentUser, sessionId: string, tx: DbOrTx = getDb()) {
  if (!isUuid(sessionId)) return [];
  return tx
    .select({
      id: sessionJures.id,
      jureId: jures.id,
      civilite: jures.civilite,
      nomNaissance: jures.nomNaissance,
      nomUsage: jures.nomUsage,
      prenoms: jures.prenoms,
      convoqueAt: sessionJures.convoqueAt,
      convoquePar: sql<string | null>`${convoquant.prenom} || ' ' || ${convoquant.nom}`,
      lettreEnvoyeeAt: sessionJures.lettreEnvoyeeAt,
      /** The letter was e-mailed before the days or times last changed: it must be sent again. */
      lettreARenvoyer: sql<boolean>`coalesce(${sessionJures.lettreEnvoyeeAt} < ${sessions.planningChangedAt}, false)`,
      retireAt: sessionJures.retireAt,
      retirePar: sql<string | null>`${retirant.prenom} || ' ' || ${retirant.nom}`,
      motifRetrait: sessionJures.motifRetrait,
    })
    .from(sessionJures)
    .innerJoin(sessions, eq(sessions.id, sessionJures.sessionId))
    .innerJoin(jures, eq(jures.id, sessionJures.jureId))
    .leftJoin(convoquant, eq(convoquant.id, sessionJures.convoquePar))
    .leftJoin(retirant, eq(retirant.id, sessionJures.retirePar))
    .where(and(sessionScope(user), eq(sessions.id, sessionId)))
    .orderBy(sql`${sessionJures.retireAt} is not null`, asc(sessionJures.convoqueAt), desc(sessionJures.retireAt), asc(jures.nomNaissance));
}

export type SessionJuryRow = Awaited<ReturnType<typeof listSessionJuryForUser>>[number];

/**
 * "Interventions" of a habilitation: the sessions of that title version the juror is convened to (active
 * convocation, session not cancelled), latest first. The caller has checked that the user may see the
 * habilitation; `visible` says whether the session itself is in the user's scope (then it gets a link).
 */
export async function listInterventions(user: CurrentUser, habilitation: { jureId: string; titreVersionId: string }, tx: DbOrTx = getDb()) {
  return tx
    .select({
      sessionId: sessions.id,
      numero: sessions.numero,
      dateDebut: sql<IsoDate>`${sessions.dateDebut}::text`,
      dateFin: sql<IsoDate>`${sessions.dateFin}::text`,
      statut: sessions.statut,
      centre: centres.raisonSociale,
      visible: sql<boolean>`(${sessionScope(user)})`,
    })
    .from(sessionJures)
    .innerJoin(sessions, eq(sessions.id, sessionJures.sessionId))
    .innerJoin(centres, eq(centres.id, sessions.centreId))
    .where(
      and(
        eq(sessionJures.jureId, habilitation.jureId),
        isNull(sessionJures.retireAt),
        eq(sessions.titreVersionId, habilitation.titreVersionId),
        ne(sessions.statut, "annulee"),
      ),
    )
    .orderBy(desc(sessions.dateDebut), asc(sessions.numero));
}
