import { asc, desc, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { pays } from "@/db/schema";
import { normalizeName } from "@/lib/text/normalize";
import { MAX_RESULTS } from "./search";

export type PaysResult = { code: string; nom: string };

/** Countries by name (accents, case, hyphens ignored; close spellings accepted), best first. About 250 rows. */
export async function searchPays(q: string, db: DbOrTx = getDb(), limit = MAX_RESULTS): Promise<PaysResult[]> {
  const text = normalizeName(q);
  if (!text) return [];
  const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rank = sql`case when ${pays.searchName} = ${text} then 0 when ${pays.searchName} like ${prefix} then 1 when ${pays.searchName} like ${`% ${prefix}`} then 2 else 3 end`;
  const score = sql`greatest(similarity(${pays.searchName}, ${text}), word_similarity(${text}, ${pays.searchName}))`;
  return db
    .select({ code: pays.code, nom: pays.nom })
    .from(pays)
    .where(or(sql`${pays.searchName} like ${`%${prefix}`}`, sql`${score} >= 0.4`))
    .orderBy(rank, desc(score), asc(pays.nom))
    .limit(Math.min(limit, MAX_RESULTS));
}
