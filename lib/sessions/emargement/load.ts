import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats, inscriptions, jures, sessionJures } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isIsoDate } from "@/lib/dates";
import { getSessionForUser } from "../load";
import { buildFeuilleEmargement, type FeuilleEmargement } from "./data";

/**
 * One day's attendance sheet of a session in the user's scope; null when the session is out of scope (R9)
 * or the day is not one of its days — the route answers 404 before rendering anything.
 */
export async function loadFeuilleEmargement(tx: DbOrTx, user: CurrentUser, sessionId: string, jour: string): Promise<(FeuilleEmargement & { sessionId: string }) | null> {
  if (!isIsoDate(jour)) return null;
  const session = await getSessionForUser(user, sessionId, tx);
  if (!session) return null;
  const inscrits = await tx
    .select({ civilite: candidats.civilite, nomNaissance: candidats.nomNaissance, nomUsage: candidats.nomUsage, prenoms: candidats.prenoms, dateNaissance: candidats.dateNaissance })
    .from(inscriptions)
    .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
    .where(eq(inscriptions.sessionId, session.id))
    .orderBy(asc(candidats.nomNaissanceNormalise), asc(candidats.prenomsNormalises), asc(inscriptions.id));
  const jury = await tx
    .select({ civilite: jures.civilite, nomNaissance: jures.nomNaissance, nomUsage: jures.nomUsage, prenoms: jures.prenoms })
    .from(sessionJures)
    .innerJoin(jures, eq(jures.id, sessionJures.jureId))
    .where(and(eq(sessionJures.sessionId, session.id), isNull(sessionJures.retireAt)))
    .orderBy(asc(sql`lower(coalesce(${jures.nomUsage}, ${jures.nomNaissance}))`), asc(sql`lower(${jures.prenoms})`), asc(jures.id));
  const feuille = buildFeuilleEmargement({ session, candidats: inscrits, jures: jury }, jour);
  return feuille && { ...feuille, sessionId: session.id };
}
