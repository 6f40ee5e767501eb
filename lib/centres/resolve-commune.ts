import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes, departements } from "@/db/schema";

export type ResolvedPlace =
  | { ok: true; communeCode: string; communeNom: string; codePostal: string; departementCode: string; regionCode: string }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** An address's commune must be a current commune (DOMAIN R6), and its postal code one of the commune's. */
export async function resolveCurrentCommune(tx: DbOrTx, communeCode: string, codePostal: string): Promise<ResolvedPlace> {
  const rows = await tx
    .select({ nom: communes.nom, kind: communes.kind, dep: communes.departementCode, postalCodes: communes.postalCodes, regionCode: departements.regionCode })
    .from(communes)
    .innerJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(eq(communes.code, communeCode), isNull(communes.validTo), inArray(communes.kind, ["commune", "arrondissement", "deleguee", "associee"])));
  const commune = rows.find((r) => r.kind === "commune" || r.kind === "arrondissement") ?? rows[0];
  if (!commune) return { ok: false, fieldErrors: { communeCode: ["Cette commune n'existe pas (ou plus) : choisissez-la dans la liste."] } };
  if (commune.postalCodes.length && !commune.postalCodes.includes(codePostal)) {
    return { ok: false, fieldErrors: { codePostal: [`Ce code postal n'est pas celui de ${commune.nom} (${commune.postalCodes.join(", ")}).`] } };
  }
  return { ok: true, communeCode, communeNom: commune.nom, codePostal, departementCode: commune.dep, regionCode: commune.regionCode };
}
