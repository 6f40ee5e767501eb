import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { candidats, centres, inscriptions, pays, sessions, titres, titreVersions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { candidatScope, sessionScope } from "@/lib/auth/scope";
import { isIsoDate, parseFrenchDate } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";
import { normalizeIdentityText } from "./identity";

export const candidatListSpec = {
  sortable: ["nom", "naissance", "creation"],
  defaultSort: "nom",
  filters: ["q", "naissance"],
} as const satisfies ListSpec<string, string>;

export type CandidatListParams = ListParams<(typeof candidatListSpec.sortable)[number], (typeof candidatListSpec.filters)[number]>;

const vivant = sql`${candidats.mergedIntoId} is null`;
const inscriptionCount = sql<number>`(select count(*)::int from ${inscriptions} i where i.candidat_id = ${candidats}.id)`;
const sortColumns: Record<CandidatListParams["sort"], SQL> = {
  nom: sql`${candidats.nomNaissanceNormalise}`,
  naissance: sql`${candidats.dateNaissance}`,
  creation: sql`${candidats.createdAt}`,
};

/**
 * A search on the name: a substring of the normalised birth or usage name (with the prénoms), or a birth
 * name close in trigrams (pg_trgm `%`, GIN index on nom_naissance_normalise) — "Nguyen" finds "NGUYỄN".
 */
export function nameSearch(text: string): SQL | undefined {
  const q = normalizeIdentityText(text);
  if (!q) return undefined;
  const like = likePattern(q);
  return sql`(${candidats.nomNaissanceNormalise} % ${q} or (${candidats.nomNaissanceNormalise} || ' ' || ${candidats.prenomsNormalises}) like ${like} or (coalesce(${candidats.nomUsageNormalise}, '') || ' ' || ${candidats.prenomsNormalises}) like ${like})`;
}

function listConditions(user: CurrentUser, filters: CandidatListParams["filters"]): SQL {
  const conditions: (SQL | undefined)[] = [vivant, candidatScope(user)];
  if (filters.q) conditions.push(nameSearch(filters.q));
  if (filters.naissance) {
    const iso = isIsoDate(filters.naissance) ? filters.naissance : parseFrenchDate(filters.naissance);
    conditions.push(iso ? eq(candidats.dateNaissance, iso) : sql`false`);
  }
  return and(...conditions)!;
}

/** Who a record names: its id, civility, names and birth date (columns of candidats). */
const candidatIdentiteColumns = {
  id: candidats.id,
  civilite: candidats.civilite,
  nomNaissance: candidats.nomNaissance,
  nomUsage: candidats.nomUsage,
  prenoms: candidats.prenoms,
  dateNaissance: candidats.dateNaissance,
};

/** The live candidates of the user's scope (R9), filtered, one page. */
export async function listCandidatsForUser(user: CurrentUser, params: CandidatListParams, tx: DbOrTx = getDb()) {
  const where = listConditions(user, params.filters);
  const direction = params.dir === "asc" ? asc : desc;
  const [rows, [total]] = await Promise.all([
    tx
      .select({
        ...candidatIdentiteColumns,
        naissanceCommuneNom: candidats.naissanceCommuneNom,
        naissanceVille: candidats.naissanceVille,
        residenceCommuneNom: candidats.residenceCommuneNom,
        inscriptions: inscriptionCount,
      })
      .from(candidats)
      .where(where)
      .orderBy(direction(sortColumns[params.sort]), asc(candidats.prenomsNormalises), asc(candidats.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx.select({ total: count() }).from(candidats).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export type CandidatListRow = Awaited<ReturnType<typeof listCandidatsForUser>>["rows"][number];

/**
 * A record's identity, birth place, address and contact, with the name of its birth country: to select from
 * candidats left-joined to pays on naissancePaysCode.
 */
export const candidatFicheColumns = {
  ...candidatIdentiteColumns,
  naissanceCommuneCode: candidats.naissanceCommuneCode,
  naissanceCommuneNom: candidats.naissanceCommuneNom,
  naissancePaysCode: candidats.naissancePaysCode,
  naissancePaysNom: pays.nom,
  naissanceVille: candidats.naissanceVille,
  adresse: candidats.adresse,
  codePostal: candidats.codePostal,
  residenceCommuneCode: candidats.residenceCommuneCode,
  residenceCommuneNom: candidats.residenceCommuneNom,
  residenceDepartementCode: candidats.residenceDepartementCode,
  email: candidats.email,
  telephone: candidats.telephone,
  mergedIntoId: candidats.mergedIntoId,
  version: candidats.version,
};

/**
 * A candidate's record in the user's scope; a tombstone answers its survivor's id (the page redirects there
 * when the survivor is in scope too); null → 404.
 */
export async function getCandidatForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select({ ...candidatFicheColumns, createdAt: candidats.createdAt })
    .from(candidats)
    .leftJoin(pays, eq(pays.code, candidats.naissancePaysCode))
    .where(and(eq(candidats.id, id), candidatScope(user)));
  return row ?? null;
}

export type CandidatDetail = NonNullable<Awaited<ReturnType<typeof getCandidatForUser>>>;

/**
 * Where a record leads: itself, its survivor after a merge (followed along a chain of merges, if that
 * survivor is in scope), or nothing (404). A tombstone stays readable by nobody but through its survivor.
 */
export async function resolveCandidatForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()): Promise<{ candidat: CandidatDetail } | { redirect: string } | null> {
  const found = await getCandidatForUser(user, id, tx);
  if (found && !found.mergedIntoId) return { candidat: found };
  if (!found && !isUuid(id)) return null;
  // A tombstone whose inscriptions moved to its survivor may have left the scope with them: the chain is followed
  // without scope, and only the last record, which holds everything the tombstone had, must be in scope (cmerge).
  let next: string | null = id;
  for (let hops = 0; hops < 10; hops++) {
    const [row] = await tx.select({ mergedIntoId: candidats.mergedIntoId }).from(candidats).where(eq(candidats.id, next));
    if (!row?.mergedIntoId) break;
    next = row.mergedIntoId;
  }
  if (next === id) return null;
  const survivant = await getCandidatForUser(user, next, tx);
  return survivant && !survivant.mergedIntoId ? { redirect: survivant.id } : null;
}

/**
 * The journey of a candidate the caller has loaded in scope: every inscription, across titles and years.
 * A session outside the user's scope is listed (it is this person's journey) without its link.
 */
export async function listParcoursOfCandidat(user: CurrentUser, candidatId: string, tx: DbOrTx = getDb()) {
  return tx
    .select({
      inscriptionId: inscriptions.id,
      parcours: inscriptions.parcours,
      inscritAt: inscriptions.createdAt,
      sessionId: sessions.id,
      numero: sessions.numero,
      statut: sessions.statut,
      dateDebut: sessions.dateDebut,
      dateFin: sessions.dateFin,
      titreCode: titres.code,
      titreIntitule: titres.intitule,
      centreRaisonSociale: centres.raisonSociale,
      sessionVisible: sql<boolean>`${sessionScope(user)}`,
    })
    .from(inscriptions)
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .innerJoin(centres, eq(centres.id, sessions.centreId))
    .where(eq(inscriptions.candidatId, candidatId))
    .orderBy(desc(sessions.dateDebut), asc(sessions.numero));
}

export type ParcoursRow = Awaited<ReturnType<typeof listParcoursOfCandidat>>[number];

export async function listCandidatHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const candidat = await getCandidatForUser(user, id, tx);
  if (!candidat) return null;
  return { candidat, events: await listAuditEventsOfEntity("candidat", id, tx) };
}

/** The candidates registered in a session the caller has loaded in scope. */
export async function listInscriptionsOfSession(sessionId: string, tx: DbOrTx = getDb()) {
  return tx
    .select({
      id: inscriptions.id,
      parcours: inscriptions.parcours,
      candidatId: candidats.id,
      civilite: candidats.civilite,
      nomNaissance: candidats.nomNaissance,
      nomUsage: candidats.nomUsage,
      prenoms: candidats.prenoms,
      dateNaissance: candidats.dateNaissance,
      naissanceCommuneNom: candidats.naissanceCommuneNom,
      naissanceVille: candidats.naissanceVille,
    })
    .from(inscriptions)
    .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
    .where(eq(inscriptions.sessionId, sessionId))
    .orderBy(asc(candidats.nomNaissanceNormalise), asc(candidats.prenomsNormalises));
}

export type InscriptionRow = Awaited<ReturnType<typeof listInscriptionsOfSession>>[number];
