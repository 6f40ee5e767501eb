import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centres, departements, regions, type UserRole } from "@/db/schema";

export type ScopeFields = {
  role: UserRole;
  regionCode: string | null;
  departementCode: string | null;
  centreSiret: string | null;
};

export type ResolvedScope =
  | { ok: true; regionCode: string | null; departementCode: string | null; centreId: string | null }
  | { ok: false; fieldErrors: Record<string, string[]> };

/** Checks the attachment of an account against the référentiels and returns the columns to store. */
export async function resolveScope(tx: DbOrTx, fields: ScopeFields): Promise<ResolvedScope> {
  switch (fields.role) {
    case "national":
      return { ok: true, regionCode: null, departementCode: null, centreId: null };
    case "regional": {
      const [region] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, fields.regionCode ?? ""));
      if (!region) return { ok: false, fieldErrors: { regionCode: ["Cette région n'existe pas."] } };
      if (!fields.departementCode) return { ok: true, regionCode: region.code, departementCode: null, centreId: null };
      const [departement] = await tx
        .select({ regionCode: departements.regionCode })
        .from(departements)
        .where(eq(departements.code, fields.departementCode));
      if (!departement) return { ok: false, fieldErrors: { departementCode: ["Ce département n'existe pas."] } };
      if (departement.regionCode !== region.code) {
        return { ok: false, fieldErrors: { departementCode: ["Ce département n'appartient pas à la région choisie."] } };
      }
      return { ok: true, regionCode: region.code, departementCode: fields.departementCode, centreId: null };
    }
    case "centre": {
      const siret = (fields.centreSiret ?? "").replace(/\s/g, "");
      const [centre] = await tx.select({ id: centres.id }).from(centres).where(eq(centres.siret, siret));
      if (!centre) return { ok: false, fieldErrors: { centreSiret: ["Aucun centre n'est enregistré avec ce SIRET."] } };
      return { ok: true, regionCode: null, departementCode: null, centreId: centre.id };
    }
  }
}
