import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centres, jures, sessionJures, sessions, sites, titres, titreVersions, type Session } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";
import { buildConvocationLetters, type ConvocationLettersData, type ConvocationSource } from "./data";

/** The letters, and the session's status: a cancelled session's letters are refused (not rendered, not sent). */
export type LoadedConvocationLetters = ConvocationLettersData & { statut: Session["statut"] };

/**
 * The convocation letters of a session in the user's scope: every active juror, or the one asked for.
 * Null when the session is out of scope (R9) or the juror is not (or no longer) convened: the caller answers
 * 404 before rendering anything. One query (the letter is a hot path: downloads, e-mails): the session in
 * scope with its title version, site and centre, and its active jurors aggregated as JSON in name order.
 */
export async function loadConvocationLetters(tx: DbOrTx, user: CurrentUser, sessionId: string, jureId?: string, now: Date = new Date()): Promise<LoadedConvocationLetters | null> {
  if (!isUuid(sessionId) || (jureId !== undefined && !isUuid(jureId))) return null;
  const jury = sql<ConvocationSource["jures"]>`coalesce((
    select json_agg(json_build_object(
        'id', ${jures.id}, 'civilite', ${jures.civilite}, 'nomNaissance', ${jures.nomNaissance}, 'nomUsage', ${jures.nomUsage},
        'prenoms', ${jures.prenoms}, 'residenceCommuneNom', ${jures.residenceCommuneNom}, 'email', ${jures.email})
      order by lower(coalesce(${jures.nomUsage}, ${jures.nomNaissance})), lower(${jures.prenoms}), ${jures.id})
    from ${sessionJures} join ${jures} on ${jures.id} = ${sessionJures.jureId}
    where ${sessionJures.sessionId} = ${sessions.id} and ${sessionJures.retireAt} is null${jureId ? sql` and ${sessionJures.jureId} = ${jureId}::uuid` : sql``}
  ), '[]'::json)`;
  const [row] = await tx
    .select({
      session: {
        id: sessions.id,
        numero: sessions.numero,
        statut: sessions.statut,
        dateDebut: sessions.dateDebut,
        dateFin: sessions.dateFin,
        heureDebut: sessions.heureDebut,
        convocationAt: sessions.convocationAt,
        planningChangedAt: sessions.planningChangedAt,
        titreCode: titres.code,
        titreIntitule: titres.intitule,
        millesime: titreVersions.millesime,
        dateVersion: titreVersions.dateVersion,
        siteLibelle: sites.libelle,
        siteAdresse: sites.adresse,
        siteCodePostal: sites.codePostal,
        siteCommuneNom: sites.communeNom,
      },
      centre: {
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
      },
      jures: jury,
    })
    .from(sessions)
    .innerJoin(centres, eq(centres.id, sessions.centreId))
    .innerJoin(sites, eq(sites.id, sessions.siteId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(sessionScope(user), eq(sessions.id, sessionId)));
  if (!row) return null;
  // postgres.js parses json; a driver handing the text over still gives the same rows.
  const jureRows: ConvocationSource["jures"] = typeof row.jures === "string" ? JSON.parse(row.jures) : row.jures;
  if (jureId && jureRows.length === 0) return null;
  return { ...buildConvocationLetters({ session: row.session, centre: row.centre, jures: jureRows }, now), statut: row.session.statut };
}
