import "server-only";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { departements, inscriptions, regions, resultats, sessions, titres, titreVersions, type SessionStatut } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { addDays, addMonths, addYears, parisTimeToInstant, type IsoDate } from "@/lib/dates";
import { derniersMois } from "./periodes";

// The figures of the home pages. Every query carries the user's session scope (R9) in its WHERE clause: a
// UD counts its département's sessions, a DREETS its région's, a centre its own, national everything.

/** The user's sessions by status (the centre's home: counts linking to the filtered list). */
export async function countSessionsParStatut(user: CurrentUser, tx: DbOrTx = getDb()): Promise<Partial<Record<SessionStatut, number>>> {
  const rows = await tx
    .select({ statut: sessions.statut, total: sql<number>`count(*)::int` })
    .from(sessions)
    .where(sessionScope(user))
    .groupBy(sessions.statut);
  return Object.fromEntries(rows.map((r) => [r.statut, r.total]));
}

/** Sessions transmitted and waiting for validation, and since when the oldest one waits. */
export async function sessionsAValider(user: CurrentUser, tx: DbOrTx = getDb()): Promise<{ total: number; plusAncienne: Date | null }> {
  const [row] = await tx
    .select({ total: sql<number>`count(*)::int`, plusAncienne: sql<string | null>`min(${sessions.transmiseAt})` })
    .from(sessions)
    .where(and(sessionScope(user), eq(sessions.statut, "transmise")));
  return { total: row?.total ?? 0, plusAncienne: row?.plusAncienne ? new Date(row.plusAncienne) : null };
}

/** The Paris calendar year of `today`, as instants: [1 January 00:00, next 1 January 00:00). */
function anneeParis(today: IsoDate): { debut: Date; fin: Date } {
  const premierJanvier = `${today.slice(0, 4)}-01-01`;
  return { debut: parisTimeToInstant(premierJanvier, "00:00"), fin: parisTimeToInstant(addYears(premierJanvier, 1), "00:00") };
}

export type SyntheseTerritoire = { code: string; nom: string; aValider: number; valideesAnnee: number; titresAnnee: number };

/**
 * Per territory of the user's scope — the départements of a DREETS (or a UD's own), the régions for national:
 * sessions to validate, sessions validated this calendar year (Paris), titles obtained in them. Territories without a
 * session are listed with zeros (a DREETS sees that a département is quiet). Null for a centre.
 */
export async function syntheseParTerritoire(user: CurrentUser, today: IsoDate, tx: DbOrTx = getDb()): Promise<SyntheseTerritoire[] | null> {
  if (user.role === "centre") return null;
  const parRegion = user.role === "national";
  const annee = anneeParis(today);
  const cle = parRegion ? sessions.regionCode : sessions.departementCode;
  // Bounded on both sides: a validation dated after this year (the next 1 January, Paris) is not of it.
  const valideeCetteAnnee = sql`${sessions.statut} = 'validee' and ${gte(sessions.valideeAt, annee.debut)} and ${lt(sessions.valideeAt, annee.fin)}`;
  const [territoires, chiffres] = await Promise.all([
    parRegion
      ? tx.select({ code: regions.code, nom: regions.nom }).from(regions).orderBy(asc(regions.code))
      : tx
          .select({ code: departements.code, nom: departements.nom })
          .from(departements)
          .where(user.departementCode ? eq(departements.code, user.departementCode) : eq(departements.regionCode, user.regionCode))
          .orderBy(asc(departements.code)),
    tx
      .select({
        code: cle,
        aValider: sql<number>`(count(distinct ${sessions.id}) filter (where ${sessions.statut} = 'transmise'))::int`,
        valideesAnnee: sql<number>`(count(distinct ${sessions.id}) filter (where ${valideeCetteAnnee}))::int`,
        titresAnnee: sql<number>`(count(${resultats.inscriptionId}) filter (where ${valideeCetteAnnee} and ${resultats.decision} = 'titre_obtenu'))::int`,
      })
      .from(sessions)
      .leftJoin(inscriptions, and(eq(inscriptions.sessionId, sessions.id), eq(sessions.statut, "validee")))
      .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
      .where(and(sessionScope(user), inArray(sessions.statut, ["transmise", "validee"])))
      .groupBy(cle),
  ]);
  const byCode = new Map(chiffres.map((c) => [c.code, c]));
  return territoires.map((t) => ({ code: t.code, nom: t.nom, aValider: byCode.get(t.code)?.aValider ?? 0, valideesAnnee: byCode.get(t.code)?.valideesAnnee ?? 0, titresAnnee: byCode.get(t.code)?.titresAnnee ?? 0 }));
}

/** Titles obtained per month of validation (Paris), over the 12 months ending with this one, oldest first. */
export async function titresObtenusParMois(user: CurrentUser, today: IsoDate, tx: DbOrTx = getDb()): Promise<{ mois: string; titres: number }[]> {
  const mois = derniersMois(today);
  const debut = parisTimeToInstant(`${mois[0]}-01`, "00:00");
  const moisSql = sql<string>`to_char(${sessions.valideeAt} at time zone 'Europe/Paris', 'YYYY-MM')`;
  const rows = await tx
    .select({ mois: moisSql, titres: sql<number>`count(*)::int` })
    .from(resultats)
    .innerJoin(inscriptions, eq(inscriptions.id, resultats.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .where(and(sessionScope(user), eq(sessions.statut, "validee"), gte(sessions.valideeAt, debut), eq(resultats.decision, "titre_obtenu")))
    .groupBy(moisSql);
  const byMois = new Map(rows.map((r) => [r.mois, r.titres]));
  return mois.map((m) => ({ mois: m, titres: byMois.get(m) ?? 0 }));
}

export type ReussiteTitre = { titreCode: string; titreIntitule: string; presents: number; titres: number; partiels: number };

/**
 * Per title, over the sessions of the user's scope validated in the last 12 months (from that day, Paris
 * time, to the end of today — a later validation date does not count): candidates who sat
 * (present: titre obtenu, partiel or ajourné), titles obtained, partial successes. The rate shown is
 * titles / present; absent candidates are left out of it.
 */
export async function reussiteParTitre(user: CurrentUser, today: IsoDate, tx: DbOrTx = getDb()): Promise<ReussiteTitre[]> {
  const debut = parisTimeToInstant(addMonths(today, -12), "00:00");
  const fin = parisTimeToInstant(addDays(today, 1), "00:00");
  return tx
    .select({
      titreCode: titres.code,
      titreIntitule: titres.intitule,
      presents: sql<number>`(count(*) filter (where ${resultats.decision} in ('titre_obtenu', 'partiel', 'ajourne')))::int`,
      titres: sql<number>`(count(*) filter (where ${resultats.decision} = 'titre_obtenu'))::int`,
      partiels: sql<number>`(count(*) filter (where ${resultats.decision} = 'partiel'))::int`,
    })
    .from(resultats)
    .innerJoin(inscriptions, eq(inscriptions.id, resultats.inscriptionId))
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(sessionScope(user), eq(sessions.statut, "validee"), gte(sessions.valideeAt, debut), lt(sessions.valideeAt, fin)))
    .groupBy(titres.code, titres.intitule)
    .orderBy(asc(titres.code));
}
