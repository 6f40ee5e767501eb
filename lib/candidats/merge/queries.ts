import "server-only";
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type DbOrTx } from "@/db/client";
import { candidatDoublons, candidatFusions, candidats, inscriptions, livrets, parchemins, pays, regions, resultatCcps, resultats, sessions, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { candidatScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";
import { raisonsLibelles } from "../matching/score";
import { candidatFicheColumns } from "../queries";

export const doublonListSpec = {
  sortable: ["score", "naissance"],
  defaultSort: "score",
  defaultDir: "desc",
  filters: ["score", "region", "titre"],
} as const satisfies ListSpec<string, string>;

export type DoublonListParams = ListParams<(typeof doublonListSpec.sortable)[number], (typeof doublonListSpec.filters)[number]>;

/** Score bands of the filter: [min, max). */
export const scoreBands = {
  "90": { label: "90 % et plus", min: 0.9, max: 1.01 },
  "80": { label: "80 à 90 %", min: 0.8, max: 0.9 },
  "70": { label: "70 à 80 %", min: 0.7, max: 0.8 },
  "0": { label: "Moins de 70 %", min: 0, max: 0.7 },
} as const;

const ca = alias(candidats, "ca");
const cb = alias(candidats, "cb");

/** Both records in the caller's scope (a regional agent merges only what it sees entirely). */
function pairInScope(user: CurrentUser): SQL {
  if (user.role === "national") return sql`true`;
  const inScope = (col: SQL) => sql`exists (select 1 from ${candidats} where ${candidats}.id = ${col} and ${candidatScope(user)})`;
  return sql`(${inScope(sql`${candidatDoublons.candidatAId}`)} and ${inScope(sql`${candidatDoublons.candidatBId}`)})`;
}

const eitherRecord = (condition: (candidat: SQL) => SQL) => sql`(${condition(sql`${candidatDoublons.candidatAId}`)} or ${condition(sql`${candidatDoublons.candidatBId}`)})`;

function listConditions(user: CurrentUser, filters: DoublonListParams["filters"]): SQL {
  const conditions: SQL[] = [eq(candidatDoublons.statut, "a_examiner"), sql`${ca.mergedIntoId} is null`, sql`${cb.mergedIntoId} is null`, pairInScope(user)];
  const band = filters.score ? scoreBands[filters.score as keyof typeof scoreBands] : undefined;
  if (band) conditions.push(sql`${candidatDoublons.score} >= ${band.min} and ${candidatDoublons.score} < ${band.max}`);
  if (filters.region) {
    conditions.push(
      or(
        eq(ca.residenceRegionCode, filters.region),
        eq(cb.residenceRegionCode, filters.region),
        eitherRecord((c) => sql`exists (select 1 from ${inscriptions} fi join ${sessions} fs on fs.id = fi.session_id where fi.candidat_id = ${c} and fs.region_code = ${filters.region})`),
      )!,
    );
  }
  if (filters.titre) {
    const like = likePattern(filters.titre.toLowerCase());
    conditions.push(
      eitherRecord(
        (c) => sql`exists (select 1 from ${inscriptions} ti join ${sessions} ts on ts.id = ti.session_id join ${titreVersions} tv on tv.id = ts.titre_version_id join ${titres} tt on tt.id = tv.titre_id
          where ti.candidat_id = ${c} and (lower(tt.code) like ${like} or lower(immutable_unaccent(tt.intitule)) like immutable_unaccent(${like})))`,
      ),
    );
  }
  return and(...conditions)!;
}

const identity = (c: typeof ca | typeof cb) => ({
  nomNaissance: c.nomNaissance,
  nomUsage: c.nomUsage,
  prenoms: c.prenoms,
  dateNaissance: c.dateNaissance,
  naissanceCommuneNom: c.naissanceCommuneNom,
  naissanceVille: c.naissanceVille,
});

/** The pairs to examine that the caller may merge, by score, one page. */
export async function listDoublonsForUser(user: CurrentUser, params: DoublonListParams, tx: DbOrTx = getDb()) {
  if (user.role === "centre") return { rows: [], total: 0 };
  const where = listConditions(user, params.filters);
  const direction = params.dir === "asc" ? asc : desc;
  const order = params.sort === "naissance" ? [direction(ca.dateNaissance), desc(candidatDoublons.score)] : [direction(candidatDoublons.score), asc(ca.nomNaissanceNormalise)];
  const [rows, [total]] = await Promise.all([
    tx
      .select({ id: candidatDoublons.id, score: candidatDoublons.score, raisons: candidatDoublons.raisons, a: identity(ca), b: identity(cb) })
      .from(candidatDoublons)
      .innerJoin(ca, eq(ca.id, candidatDoublons.candidatAId))
      .innerJoin(cb, eq(cb.id, candidatDoublons.candidatBId))
      .where(where)
      .orderBy(...order, asc(candidatDoublons.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx
      .select({ total: count() })
      .from(candidatDoublons)
      .innerJoin(ca, eq(ca.id, candidatDoublons.candidatAId))
      .innerJoin(cb, eq(cb.id, candidatDoublons.candidatBId))
      .where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, raisons: raisonsLibelles(r.raisons) })), total: total?.total ?? 0 };
}

export type DoublonListRow = Awaited<ReturnType<typeof listDoublonsForUser>>["rows"][number];

export async function listRegions(tx: DbOrTx = getDb()) {
  return tx.select({ code: regions.code, nom: regions.nom }).from(regions).orderBy(asc(regions.nom));
}

const recordColumns = { ...candidatFicheColumns, residenceRegionCode: candidats.residenceRegionCode };

/**
 * A pair for the side-by-side view: both records (in the caller's scope, or null → 404) and what would move
 * with each: its inscriptions, with session number and title, and what hangs off each inscription and moves
 * with it (the decision, the CCPs acquired, the livret, the valid parchemin and its number).
 */
export async function getDoublonForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (user.role === "centre" || !isUuid(id)) return null;
  const [pair] = await tx
    .select({ id: candidatDoublons.id, score: candidatDoublons.score, raisons: candidatDoublons.raisons, statut: candidatDoublons.statut, a: candidatDoublons.candidatAId, b: candidatDoublons.candidatBId })
    .from(candidatDoublons)
    .where(and(eq(candidatDoublons.id, id), pairInScope(user)));
  if (!pair) return null;
  const records = await tx.select(recordColumns).from(candidats).leftJoin(pays, eq(pays.code, candidats.naissancePaysCode)).where(inArray(candidats.id, [pair.a, pair.b]));
  const a = records.find((r) => r.id === pair.a)!;
  const b = records.find((r) => r.id === pair.b)!;
  const moves = await tx
    .select({
      inscriptionId: inscriptions.id,
      candidatId: inscriptions.candidatId,
      parcours: inscriptions.parcours,
      numero: sessions.numero,
      dateDebut: sessions.dateDebut,
      titreCode: titres.code,
      titreIntitule: titres.intitule,
      decision: resultats.decision,
      ccpsAcquis: sql<number>`(select count(*)::int from ${resultatCcps} rc where rc.inscription_id = ${inscriptions.id} and rc.issue = 'acquis')`,
      livretDelivreLe: livrets.delivreLe,
      parcheminId: sql<string | null>`(select p.id::text from ${parchemins} p where p.inscription_id = ${inscriptions.id} and p.statut = 'valide')`,
      parcheminNumero: sql<string | null>`(select p.numero from ${parchemins} p where p.inscription_id = ${inscriptions.id} and p.statut = 'valide')`,
    })
    .from(inscriptions)
    .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
    .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .leftJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
    .leftJoin(livrets, eq(livrets.inscriptionId, inscriptions.id))
    .where(inArray(inscriptions.candidatId, [pair.a, pair.b]))
    .orderBy(asc(sessions.dateDebut), asc(sessions.numero));
  const [fusion] = await tx
    .select({ id: candidatFusions.id })
    .from(candidatFusions)
    .where(and(eq(candidatFusions.doublonId, pair.id), sql`${candidatFusions.annuleeAt} is null`))
    .limit(1);
  const withResults = moves.map(({ parcheminId, parcheminNumero, ...m }) => ({
    ...m,
    // A parchemin issued before numbering existed has no number yet: it is still shown as moving.
    parchemin: parcheminId ? { numero: parcheminNumero ? formatParcheminNumero(parcheminNumero) : null } : null,
  }));
  return { ...pair, raisons: raisonsLibelles(pair.raisons), a, b, inscriptions: withResults, fusionId: fusion?.id ?? null };
}

export type DoublonDetail = NonNullable<Awaited<ReturnType<typeof getDoublonForUser>>>;
export type DoublonRecord = DoublonDetail["a"];

/** A merge, for its record page and its undo button: only when the survivor is in the caller's scope. */
export async function getFusionForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (user.role === "centre" || !isUuid(id)) return null;
  const [fusion] = await tx
    .select({
      id: candidatFusions.id,
      survivantId: candidatFusions.survivantId,
      fusionneId: candidatFusions.fusionneId,
      choix: candidatFusions.choix,
      snapshot: candidatFusions.snapshot,
      fusionneAt: candidatFusions.fusionneAt,
      annuleeAt: candidatFusions.annuleeAt,
    })
    .from(candidatFusions)
    .innerJoin(candidats, eq(candidats.id, candidatFusions.survivantId))
    .where(and(eq(candidatFusions.id, id), candidatScope(user)));
  if (!fusion) return null;
  const { snapshot, ...rest } = fusion;
  const s = snapshot as { survivant: Record<string, unknown>; fusionne: Record<string, unknown>; deplaces: { table: string }[] };
  const nom = (r: Record<string, unknown>) => [r.nom_naissance, r.nom_usage ? `(${String(r.nom_usage)})` : null, r.prenoms].filter(Boolean).join(" ");
  return { ...rest, survivantNom: nom(s.survivant), fusionneNom: nom(s.fusionne), deplaces: s.deplaces.length };
}

/** The merges this record survived, latest first, for its page. */
export async function listFusionsOfCandidat(user: CurrentUser, candidatId: string, tx: DbOrTx = getDb()) {
  if (user.role === "centre" || !isUuid(candidatId)) return [];
  return tx
    .select({ id: candidatFusions.id, fusionneAt: candidatFusions.fusionneAt, annuleeAt: candidatFusions.annuleeAt, fusionneId: candidatFusions.fusionneId })
    .from(candidatFusions)
    .innerJoin(candidats, eq(candidats.id, candidatFusions.survivantId))
    .where(and(eq(candidatFusions.survivantId, candidatId), candidatScope(user)))
    .orderBy(desc(candidatFusions.fusionneAt));
}
