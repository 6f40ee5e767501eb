import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, inscriptions, sessionJures, sessions, sessionStatuts, sites, titres, titreVersions, type SessionStatut } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { addDays, isIsoDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { assertNever } from "@/lib/result";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";
import { countCapped, pageWindow } from "@/lib/table/capped-count";
import { SESSION_MAX_JOURS } from "./schemas";

export const sessionListSpec = {
  sortable: ["dateDebut", "numero"],
  defaultSort: "dateDebut",
  defaultDir: "desc",
  filters: ["vue", "statut", "titre", "centre", "du", "au", "departement"],
} as const satisfies ListSpec<string, string>;

export type SessionListParams = ListParams<(typeof sessionListSpec.sortable)[number], (typeof sessionListSpec.filters)[number]>;

/** The `vue` filter value of the "À traiter" list. */
export const VUE_A_TRAITER = "a-traiter";

/**
 * What each role has to act on: a centre its drafts and its declared sessions still short of a jury
 * (≥ 2 jurors move them on to « jury constitué »); a UD or a DREETS the sessions transmitted for validation.
 */
export function aTraiterStatuts(user: CurrentUser): SessionStatut[] {
  switch (user.role) {
    case "centre":
      return ["brouillon", "declaree"];
    case "regional":
    case "national":
      return ["transmise"];
    default:
      return assertNever(user);
  }
}

const jurorsCount = sql<number>`(select count(*)::int from ${sessionJures} where ${sessionJures.sessionId} = ${sessions.id} and ${sessionJures.retireAt} is null)`;

const candidatsCount = sql<number>`(select count(*)::int from ${inscriptions} where ${inscriptions.sessionId} = ${sessions.id})`;

const listColumns = {
  id: sessions.id,
  numero: sessions.numero,
  statut: sessions.statut,
  type: sessions.type,
  dateDebut: sessions.dateDebut,
  dateFin: sessions.dateFin,
  departementCode: sessions.departementCode,
  titreCode: titres.code,
  titreIntitule: titres.intitule,
  millesime: titreVersions.millesime,
  centreId: sessions.centreId,
  centreRaisonSociale: centres.raisonSociale,
  centreSiret: centres.siret,
  siteLibelle: sites.libelle,
  siteCommuneNom: sites.communeNom,
  jurorsCount,
  candidatsCount,
};

function filterConditions(user: CurrentUser, filters: SessionListParams["filters"]): SQL {
  const conditions: SQL[] = [sessionScope(user)];
  if (filters.vue === VUE_A_TRAITER) conditions.push(inArray(sessions.statut, aTraiterStatuts(user)));
  if (filters.statut) conditions.push((sessionStatuts as readonly string[]).includes(filters.statut) ? eq(sessions.statut, filters.statut as SessionStatut) : sql`false`);
  if (filters.titre) {
    // A malformed id matches nothing rather than failing the page on a uuid cast.
    conditions.push(isUuid(filters.titre) ? sql`${sessions.titreVersionId} in (select ${titreVersions.id} from ${titreVersions} where ${titreVersions.titreId} = ${filters.titre})` : sql`false`);
  }
  if (filters.centre) {
    const digits = filters.centre.replace(/\s/g, "");
    conditions.push(
      /^\d{3,14}$/.test(digits)
        ? sql`${sessions.centreId} in (select ${centres.id} from ${centres} where ${centres.siret} like ${`${digits}%`})`
        : sql`${sessions.centreId} in (select ${centres.id} from ${centres} where immutable_unaccent(lower(${centres.raisonSociale})) like immutable_unaccent(lower(${likePattern(filters.centre)})))`,
    );
  }
  // A session is kept when one of its days falls within the period asked. A session lasts SESSION_MAX_JOURS
  // days at most (the forms' schemas refuse longer ones), so `date_fin >= du` implies `date_debut >= du - 30`:
  // the same rows, and a lower bound the date-led indexes can range over instead of reading the whole past.
  if (filters.du) {
    conditions.push(
      isIsoDate(filters.du) ? sql`${sessions.dateFin} >= ${filters.du} and ${sessions.dateDebut} >= ${addDays(filters.du, -(SESSION_MAX_JOURS - 1))}` : sql`false`,
    );
  }
  if (filters.au) conditions.push(isIsoDate(filters.au) ? sql`${sessions.dateDebut} <= ${filters.au}` : sql`false`);
  if (filters.departement) conditions.push(eq(sessions.departementCode, filters.departement));
  return and(...conditions)!;
}

/**
 * Counting stops past this many sessions: the national list without a filter holds every session of twenty
 * years, and counting them all on each page costs more than the page itself. The list then reads « plus de
 * 10 000 » and its pager goes as far as the cap; a filter narrows it to an exact count.
 */
export const SESSION_COUNT_CAP = 10_000;

/**
 * One page of the sessions a user may see (DOMAIN R9), newest first by default. The order (first day, id)
 * follows the indexes that start with the scope's column (centre, département, région) or with the date,
 * so a first page reads a few index entries; the total is a separate count on the same conditions, stopped
 * at `countCap` (then `total` is the cap and `totalIsLowerBound` is true).
 */
export async function listSessionsForUser(user: CurrentUser, params: SessionListParams, tx: DbOrTx = getDb(), { countCap = SESSION_COUNT_CAP }: { countCap?: number } = {}) {
  const where = filterConditions(user, params.filters);
  const order = params.dir === "asc" ? asc : desc;
  const orderBy = params.sort === "numero" ? [order(sessions.numero)] : [order(sessions.dateDebut), order(sessions.id)];
  const window = pageWindow(params);
  const [rows, count] = await Promise.all([
    tx
      .select(listColumns)
      .from(sessions)
      .innerJoin(centres, eq(centres.id, sessions.centreId))
      .innerJoin(sites, eq(sites.id, sessions.siteId))
      .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(where)
      .orderBy(...orderBy)
      .limit(window.limit)
      .offset(window.offset),
    countCapped(tx, sessions, where, countCap),
  ]);
  return { rows, ...count };
}

export type SessionListRow = Awaited<ReturnType<typeof listSessionsForUser>>["rows"][number];

/** How many sessions the user has to act on (the home pages' cards). */
export async function countSessionsATraiter(user: CurrentUser, tx: DbOrTx = getDb()): Promise<number> {
  const [row] = await tx.select({ total: sql<number>`count(*)::int` }).from(sessions).where(and(sessionScope(user), inArray(sessions.statut, aTraiterStatuts(user))));
  return row?.total ?? 0;
}
