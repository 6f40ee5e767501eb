import { and, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes } from "@/db/schema";

/**
 * INSEE code → the code of the commune that replaced it (merger into a commune nouvelle, absorption). A code
 * with several successors (a split) keeps the first: a split is no "same place". Followed transitively by
 * scorePair.
 */
export type Successeurs = Map<string, string>;

function add(map: Successeurs, rows: { code: string; successorCode: string | null }[]) {
  for (const row of rows) {
    const next = row.successorCode?.split("|")[0];
    if (next && next !== row.code && !map.has(row.code)) map.set(row.code, next);
  }
}

/** Every successor link of the commune history (a few thousand rows): what the national scan scores with. */
export async function loadAllSuccesseurs(db: DbOrTx): Promise<Successeurs> {
  const rows = await db
    .select({ code: communes.code, successorCode: communes.successorCode })
    .from(communes)
    .where(and(isNotNull(communes.successorCode), ne(communes.successorCode, communes.code)))
    .orderBy(communes.code, sql`${communes.validTo} desc nulls last`);
  const map: Successeurs = new Map();
  add(map, rows);
  return map;
}

/** The successor chains of a few codes only (the creation check): at most five levels of mergers. */
export async function loadSuccesseurs(db: DbOrTx, codes: readonly string[]): Promise<Successeurs> {
  const map: Successeurs = new Map();
  let todo = [...new Set(codes)];
  for (let level = 0; level < 5 && todo.length > 0; level++) {
    const rows = await db
      .select({ code: communes.code, successorCode: communes.successorCode })
      .from(communes)
      .where(and(inArray(communes.code, todo), isNotNull(communes.successorCode)))
      .orderBy(communes.code, sql`${communes.validTo} desc nulls last`);
    add(map, rows);
    todo = [...new Set(rows.map((r) => r.successorCode?.split("|")[0]).filter((c): c is string => !!c && !map.has(c)))];
  }
  return map;
}

// The commune history changes only when a new COG is imported: the map is kept a few minutes per database.
const cache = new WeakMap<object, { at: number; map: Promise<Successeurs> }>();
const CACHE_MS = 5 * 60_000;

/** loadAllSuccesseurs, kept five minutes per database handle (the creation check asks it at every call). */
export function cachedSuccesseurs(db: DbOrTx, now = Date.now()): Promise<Successeurs> {
  const hit = cache.get(db);
  if (hit && now - hit.at < CACHE_MS) return hit.map;
  const map = loadAllSuccesseurs(db);
  cache.set(db, { at: now, map });
  map.catch(() => cache.delete(db));
  return map;
}
