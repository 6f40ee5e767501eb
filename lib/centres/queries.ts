import { and, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, departements, regions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";

/** A centre as its identification block shows it; null when it does not exist for this user. */
export async function getCentreForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const [row] = await tx
    .select({
      id: centres.id,
      siret: centres.siret,
      raisonSociale: centres.raisonSociale,
      adresse: centres.adresse,
      codePostal: centres.codePostal,
      communeNom: centres.communeNom,
      regionNom: regions.nom,
      departementNom: departements.nom,
    })
    .from(centres)
    .innerJoin(regions, eq(regions.code, centres.regionCode))
    .innerJoin(departements, eq(departements.code, centres.departementCode))
    .where(and(centreScope(user), eq(centres.id, id)));
  return row ?? null;
}
