import "server-only";
import { asc } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { titres } from "@/db/schema";

/** Titles for the "valid agrément for title X" filter (public référentiel: every agent may read it). */
export async function listTitreOptions(tx: DbOrTx = getDb()) {
  return tx.select({ id: titres.id, code: titres.code, intitule: titres.intitule }).from(titres).orderBy(asc(titres.code));
}
