import "server-only";
import type { IsoDate } from "@/lib/dates";
import { and, asc, desc, eq, gt, isNotNull, isNull, lte, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type DbOrTx } from "@/db/client";
import { communes, departements } from "@/db/schema";
import { COG_START } from "@/db/seed/commune-rows";
import { oneEditVariants, parseCommuneQuery, strictSimilarityThreshold, type CommuneQuery } from "./query";
import { communeColumns, describeCommunes, selectCommunes, type CommuneResult, type CommuneRowData } from "./rows";

export type { CommuneResult as CommuneSearchResult } from "./rows";

export type CommuneSearchMode = "current" | "asOf";
export type SearchCommunesInput = { q: string; limit?: number; /** Only the communes of this département. */ departementCode?: string } & (
  | { mode: "current"; date?: undefined }
  | { mode: "asOf"; date: IsoDate }
);

export const MAX_RESULTS = 10;

/**
 * pg_trgm thresholds of the tolerant pass, which only runs when the strict one (threshold from the length of
 * the text, see strictSimilarityThreshold) finds nothing: a short name with a typo, a fragment of a name.
 */
export const TOLERANT_PASS = { similarity: 0.25, wordSimilarity: 0.5 } as const;

/**
 * Rows valid now, or on a date: valid_from <= date < valid_to (open-ended when valid_to is null). The COG
 * history starts in 1943: an earlier date is read as 1 January 1943, the oldest state it knows.
 */
export function validityCondition(input: { mode: CommuneSearchMode; date?: IsoDate }): SQL {
  if (input.mode === "current" || !input.date) return isNull(communes.validTo);
  const date = input.date < COG_START ? COG_START : input.date;
  return and(lte(communes.validFrom, date), or(isNull(communes.validTo), gt(communes.validTo, date)))!;
}

const former = alias(communes, "former");
const kindOrder = sql`case ${communes.kind} when 'commune' then 0 when 'arrondissement' then 1 when 'deleguee' then 2 else 3 end`;
const byPopulation = sql`${communes.population} desc nulls last`;

/** set_config(…, true) is SET LOCAL: these settings hold for the current transaction only. */
function useSearchSettings(tx: DbOrTx, pass: { similarity: number; wordSimilarity: number }) {
  return tx.execute(sql`select
    set_config('pg_trgm.similarity_threshold', ${String(pass.similarity)}, true),
    set_config('pg_trgm.word_similarity_threshold', ${String(pass.wordSimilarity)}, true),
    set_config('enable_seqscan', 'off', true)`);
}

/** The first text after every text that starts with `text` (byte order, as text_pattern_ops compares). */
function prefixEnd(text: string): string {
  return text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + 1);
}

/**
 * One statement, index lookups only, best class first: 0 the exact name, 1 names starting with the text
 * (btree); in mode "current", 2 today's commune of a former commune of that name (merged since); 3 names at
 * one typo from a short text (btree, exact lookups); 4 close names by trigrams (GIN, %). When none finds
 * anything, a tolerant pass also compares the text with every part of the names (word_similarity, <%).
 */
async function searchByName(db: DbOrTx, text: string, input: { mode: CommuneSearchMode }, validity: SQL, limit: number): Promise<CommuneRowData[]> {
  const edits = oneEditVariants(text);
  const similarity = sql`similarity(${communes.searchName}, ${text})`;
  // ~>=~ and ~<~ rather than LIKE 'text%': the btree (text_pattern_ops) answers them in a generic plan too.
  const startsWith = (column: SQLWrapper) => sql`${column} ~>=~ ${text} and ${column} ~<~ ${prefixEnd(text)}`;
  const branch = (tx: DbOrTx, cls: SQL, rank: SQL, where: SQL, order: SQL[], formerName: SQL = sql`null::text`) =>
    tx
      .select({
        ...communeColumns,
        formerName: sql<string | null>`${formerName}`.as("former_name"),
        cls: sql<number>`${cls}`.as("cls"),
        score: sql<number>`${rank}`.as("score"),
        kindRank: sql<number>`${kindOrder}`.as("kind_rank"),
      })
      .from(communes)
      .leftJoin(departements, eq(departements.code, communes.departementCode))
      .where(and(validity, where))
      .orderBy(...order, byPopulation, kindOrder, asc(communes.code))
      .limit(limit);
  const exactFirst = sql`case when ${communes.searchName} = ${text} then 0 else 1 end`;
  const formerNames = (tx: DbOrTx) =>
    tx
      .select({
        ...communeColumns,
        formerName: sql<string | null>`${former.nom}`.as("former_name"),
        cls: sql<number>`2`.as("cls"),
        score: sql<number>`0`.as("score"),
        kindRank: sql<number>`${kindOrder}`.as("kind_rank"),
      })
      .from(former)
      .innerJoin(communes, sql`${communes.code} = any(string_to_array(${former.successorCode}, '|')) and ${communes.kind} = 'commune'`)
      .leftJoin(departements, eq(departements.code, communes.departementCode))
      .where(and(validity, isNotNull(former.validTo), startsWith(former.searchName)))
      .orderBy(byPopulation, asc(communes.code))
      .limit(limit);

  // Every lookup here has an index; without enable_seqscan = off, the planner (misled by the length of the
  // edit list, or by the cost it assumes for trigram scans) may read the whole table: 8–15 ms instead of 1.
  // The settings and the query are sent together (one round trip): the driver keeps their order.
  const rows = await db.transaction(async (tx) => {
    const exactAndPrefix = branch(tx, exactFirst, sql`0`, startsWith(communes.searchName), [exactFirst]);
    const withFormerNames = input.mode === "current" ? exactAndPrefix.unionAll(formerNames(tx)) : exactAndPrefix;
    const [, first] = await Promise.all([
      useSearchSettings(tx, { similarity: strictSimilarityThreshold(text), wordSimilarity: TOLERANT_PASS.wordSimilarity }),
      withFormerNames
        // "in (select unnest(…))", not "= any(…)": the planner estimates = any(array) element by element (2 ms for 600 names).
        .unionAll(branch(tx, sql`3`, sql`0`, edits.length ? sql`${communes.searchName} in (select unnest(${sql.param(edits)}::text[]))` : sql`false`, []))
        .unionAll(branch(tx, sql`4`, similarity, sql`${communes.searchName} % ${text}`, [desc(similarity)]))
        .orderBy(sql`cls`, sql`score desc`, sql`population desc nulls last`, sql`kind_rank`, sql`code`),
    ]);
    if (first.length > 0) return first;
    const score = sql`greatest(${similarity}, word_similarity(${text}, ${communes.searchName}) - 0.1)`;
    const [, tolerant] = await Promise.all([
      useSearchSettings(tx, TOLERANT_PASS),
      branch(tx, sql`4`, score, or(sql`${communes.searchName} % ${text}`, sql`${text} <% ${communes.searchName}`)!, [desc(score)]),
    ]);
    return tolerant;
  });
  const unique = new Map<number, CommuneRowData>();
  for (const row of rows) if (unique.size < limit && !unique.has(row.id)) unique.set(row.id, row);
  return [...unique.values()];
}

async function searchByCode(db: DbOrTx, query: Exclude<CommuneQuery, { kind: "name" | "empty" }>, validity: SQL, limit: number): Promise<CommuneRowData[]> {
  switch (query.kind) {
    case "insee":
      return await selectCommunes(db).where(and(validity, eq(communes.code, query.code))).orderBy(kindOrder, asc(communes.validFrom)).limit(limit);
    case "code5": {
      // Five digits: the communes of that postal code (the most specific first: Marseille 8e before
      // Marseille), then the commune of that INSEE code, which is always kept in the list.
      const [byPostal, byCode] = await Promise.all([
        selectCommunes(db)
          .where(and(validity, sql`${communes.postalCodes} @> array[${query.code}]::text[]`))
          .orderBy(sql`cardinality(${communes.postalCodes})`, byPopulation, kindOrder, asc(communes.code))
          .limit(limit),
        selectCommunes(db).where(and(validity, eq(communes.code, query.code))).orderBy(kindOrder, asc(communes.validFrom)).limit(limit),
      ]);
      const postal = byPostal.filter((r) => r.code !== query.code);
      return [...postal.slice(0, Math.max(0, limit - byCode.length)), ...byCode].slice(0, limit);
    }
    case "codePrefix": {
      const like = `${query.prefix}%`;
      return await selectCommunes(db)
        .where(and(validity, or(sql`${communes.code} like ${like}`, sql`exists (select 1 from unnest(${communes.postalCodes}) p where p like ${like})`)))
        .orderBy(kindOrder, byPopulation, asc(communes.code))
        .limit(limit);
    }
  }
}

/**
 * Communes matching what a person typed (name, postal code, INSEE code or its start), best first: exact name,
 * then names starting with the text, then the closest names (pg_trgm), larger populations first among equals.
 * Mode "current" searches today's communes, déléguées, associées and arrondissements; mode "asOf" the rows that
 * were valid on a date — a birth place is the commune as it was on the birth date (DOMAIN R6).
 */
export async function searchCommunes(input: SearchCommunesInput, db: DbOrTx = getDb()): Promise<CommuneResult[]> {
  const limit = Math.min(Math.max(1, input.limit ?? MAX_RESULTS), MAX_RESULTS);
  const query = parseCommuneQuery(input.q);
  if (query.kind === "empty") return [];
  const validity = input.departementCode ? and(validityCondition(input), eq(communes.departementCode, input.departementCode))! : validityCondition(input);
  const hits = query.kind === "name" ? await searchByName(db, query.text, input, validity, limit) : await searchByCode(db, query, validity, limit);
  const typedPostal = query.kind === "code5" ? query.code : undefined;
  return describeCommunes(db, hits, { parentDate: () => (input.mode === "asOf" ? input.date : null), typedPostal });
}
