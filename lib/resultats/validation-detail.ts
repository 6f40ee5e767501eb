import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { parchemins, sessionPvs, sessions, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getSessionForUser } from "@/lib/sessions/load";
import { loadResultatsSession } from "./session-resultats";

/** The signed PV scan's description (never its bytes), or null when the centre attached none. */
export async function getPvDepose(sessionId: string, tx: DbOrTx = getDb()) {
  const [pv] = await tx
    .select({ nomFichier: sessionPvs.nomFichier, taille: sessionPvs.taille, deposeAt: sessionPvs.deposeAt })
    .from(sessionPvs)
    .where(eq(sessionPvs.sessionId, sessionId));
  return pv ?? null;
}

/**
 * A session as the validating agent reads it: its results (read-only), the PV scan, who transmitted and
 * validated when, and the live parchemin of each candidate. Null out of scope, and for centre users, who
 * follow their sessions from the session pages (→ 404).
 */
export async function getSessionValidation(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (user.role === "centre") return null;
  const session = await getSessionForUser(user, id, tx);
  if (!session) return null;
  const [[etat], resultats, pv] = await Promise.all([
    tx
      .select({ transmiseAt: sessions.transmiseAt, valideeAt: sessions.valideeAt, valideParPrenom: users.prenom, valideParNom: users.nom })
      .from(sessions)
      .leftJoin(users, eq(users.id, sessions.valideePar))
      .where(eq(sessions.id, session.id)),
    loadResultatsSession(tx, session),
    getPvDepose(session.id, tx),
  ]);
  const ids = resultats.candidats.map((c) => c.inscriptionId);
  const numeros = ids.length
    ? await tx
        .select({ inscriptionId: parchemins.inscriptionId, numero: parchemins.numero })
        .from(parchemins)
        .where(and(inArray(parchemins.inscriptionId, ids), eq(parchemins.statut, "valide")))
    : [];
  return {
    session,
    transmiseAt: etat?.transmiseAt ?? null,
    valideeAt: etat?.valideeAt ?? null,
    valideePar: etat?.valideParNom ? `${etat.valideParPrenom} ${etat.valideParNom}` : null,
    resultats,
    pv,
    parchemins: new Map(numeros.map((n) => [n.inscriptionId, n.numero])),
  };
}

export type SessionValidation = NonNullable<Awaited<ReturnType<typeof getSessionValidation>>>;
