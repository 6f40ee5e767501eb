import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { jures, sessionJures, sessions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";
import { envoiState } from "./envoi-state";

/** The active jury of a session in scope, with where each juror's e-mailed letter stands (Documents tab). */
export async function listConvocationEnvois(user: CurrentUser, sessionId: string, tx: DbOrTx = getDb()) {
  if (!isUuid(sessionId)) return [];
  const rows = await tx
    .select({
      jureId: jures.id,
      civilite: jures.civilite,
      nom: sql<string>`coalesce(${jures.nomUsage}, ${jures.nomNaissance})`,
      prenoms: jures.prenoms,
      email: jures.email,
      lettreEnvoyeeAt: sessionJures.lettreEnvoyeeAt,
      planningChangedAt: sessions.planningChangedAt,
    })
    .from(sessionJures)
    .innerJoin(sessions, eq(sessions.id, sessionJures.sessionId))
    .innerJoin(jures, eq(jures.id, sessionJures.jureId))
    .where(and(sessionScope(user), eq(sessions.id, sessionId), isNull(sessionJures.retireAt)))
    .orderBy(asc(sql`lower(coalesce(${jures.nomUsage}, ${jures.nomNaissance}))`), asc(sql`lower(${jures.prenoms})`), asc(jures.id));
  return rows.map(({ planningChangedAt, ...r }) => ({ ...r, etat: envoiState(r.lettreEnvoyeeAt, planningChangedAt) }));
}

export type ConvocationEnvoi = Awaited<ReturnType<typeof listConvocationEnvois>>[number];
