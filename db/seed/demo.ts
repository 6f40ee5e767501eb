import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centres, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { count, type SeedCount } from "./territoires";

export const DEMO_PASSWORD = "ceres-demo-2026";

/** The centre of the screens users know ("CERES ÉTABLISSEMENTS — Identification du centre"). */
export const DEMO_CENTRE = {
  siret: "53060076600022",
  raisonSociale: "16 30 FORMATION",
  adresse: "RUE DU 19 MARS 1962 IMMEUBLE LE 1",
  codePostal: "30200",
  communeCode: "30028",
  communeNom: "Bagnols-sur-Cèze",
  regionCode: "76",
  departementCode: "30",
};

export const DEMO_ACCOUNTS = [
  { email: "national@ceres.demo", prenom: "Nadia", nom: "NATIONALE", role: "national", label: "National (DGEFP)" },
  { email: "dreets.occitanie@ceres.demo", prenom: "Raphaël", nom: "RÉGIONAL", role: "regional", regionCode: "76", label: "DREETS Occitanie" },
  { email: "ud30@ceres.demo", prenom: "Delphine", nom: "GARDOISE", role: "regional", regionCode: "76", departementCode: "30", label: "UD du Gard (30)" },
  { email: "centre.1630@ceres.demo", prenom: "Camille", nom: "FORMATRICE", role: "centre", centre: true, label: "Centre 16 30 FORMATION" },
] as const;

/** Demo rows, inserted once: running the seed again changes nothing (and keeps passwords changed since). */
export async function seedDemo(tx: DbOrTx): Promise<SeedCount[]> {
  const centreResult = await tx
    .insert(centres)
    .values(DEMO_CENTRE)
    .onConflictDoNothing({ target: centres.siret })
    .returning({ inserted: sql<boolean>`true` });
  const [centre] = await tx.select({ id: centres.id }).from(centres).where(sql`${centres.siret} = ${DEMO_CENTRE.siret}`);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userRows = DEMO_ACCOUNTS.map((a) => ({
    email: a.email,
    prenom: a.prenom,
    nom: a.nom,
    role: a.role,
    regionCode: "regionCode" in a ? a.regionCode : null,
    departementCode: "departementCode" in a ? a.departementCode : null,
    centreId: "centre" in a ? centre!.id : null,
    passwordHash,
  }));
  const userResult = await tx.insert(users).values(userRows).onConflictDoNothing().returning({ inserted: sql<boolean>`true` });
  return [count("centres (démo)", centreResult), count("users (démo)", userResult)];
}
