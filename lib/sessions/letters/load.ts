import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centres, jures, sessionJures } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { getSessionForUser } from "@/lib/sessions/load";
import { buildConvocationLetters, type ConvocationLettersData } from "./data";

/**
 * The convocation letters of a session in the user's scope: every active juror, or the one asked for.
 * Null when the session is out of scope (R9) or the juror is not (or no longer) convened: the caller answers
 * 404 before rendering anything.
 */
export async function loadConvocationLetters(tx: DbOrTx, user: CurrentUser, sessionId: string, jureId?: string, now: Date = new Date()): Promise<ConvocationLettersData | null> {
  if (jureId !== undefined && !isUuid(jureId)) return null;
  const session = await getSessionForUser(user, sessionId, tx);
  if (!session) return null;
  const [centre] = await tx
    .select({
      raisonSociale: centres.raisonSociale,
      adresse: centres.adresse,
      codePostal: centres.codePostal,
      communeNom: centres.communeNom,
      representantCivilite: centres.representantCivilite,
      representantNom: centres.representantNom,
      representantPrenom: centres.representantPrenom,
      representantFonction: centres.representantFonction,
      representantEmail: centres.representantEmail,
      representantTelephone: centres.representantTelephone,
    })
    .from(centres)
    .where(eq(centres.id, session.centreId));
  const rows = await tx
    .select({
      id: jures.id,
      civilite: jures.civilite,
      nomNaissance: jures.nomNaissance,
      nomUsage: jures.nomUsage,
      prenoms: jures.prenoms,
      residenceCommuneNom: jures.residenceCommuneNom,
      email: jures.email,
    })
    .from(sessionJures)
    .innerJoin(jures, eq(jures.id, sessionJures.jureId))
    .where(and(eq(sessionJures.sessionId, session.id), isNull(sessionJures.retireAt), jureId ? eq(sessionJures.jureId, jureId) : undefined))
    .orderBy(asc(sql`lower(coalesce(${jures.nomUsage}, ${jures.nomNaissance}))`), asc(sql`lower(${jures.prenoms})`), asc(jures.id));
  if (jureId && rows.length === 0) return null;
  return buildConvocationLetters({ session, centre: centre!, jures: rows }, now);
}
