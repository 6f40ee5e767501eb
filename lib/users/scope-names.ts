import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { centres, departements, regions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";

/** The names behind the codes of the user's own scope, for the header ("UD Gard", "DREETS Occitanie"). */
export async function getScopeNames(user: CurrentUser): Promise<{ region?: string; departement?: string; centre?: string }> {
  const db = getDb();
  switch (user.role) {
    case "national":
      return {};
    case "regional": {
      const [region] = await db.select({ nom: regions.nom }).from(regions).where(eq(regions.code, user.regionCode));
      const [departement] = user.departementCode
        ? await db.select({ nom: departements.nom }).from(departements).where(eq(departements.code, user.departementCode))
        : [];
      return { region: region?.nom, departement: departement?.nom };
    }
    case "centre": {
      const [centre] = await db.select({ nom: centres.raisonSociale }).from(centres).where(eq(centres.id, user.centreId));
      return { centre: centre?.nom };
    }
  }
}
