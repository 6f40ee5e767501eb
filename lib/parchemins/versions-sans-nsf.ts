import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { titres, titreVersions } from "@/db/schema";

/**
 * Title versions without their NSF code: a parchemin of such a version cannot be issued (DOMAIN R7), so
 * the national administration completes them first. A few hundred rows at most: one list, no pagination.
 */
export async function listVersionsSansNsf(db: DbOrTx = getDb()) {
  return db
    .select({ titreId: titres.id, code: titres.code, intitule: titres.intitule, versionId: titreVersions.id, dateVersion: titreVersions.dateVersion, millesime: titreVersions.millesime, finDeVie: titreVersions.finDeVie })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(isNull(titreVersions.nsfCode))
    .orderBy(asc(titres.code), asc(titreVersions.dateVersion))
    .limit(1000);
}
