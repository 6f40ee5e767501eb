import type { Db } from "@/db/client";
import { seedDemo } from "./demo";
import { seedCommunes, seedNsf, seedPays, seedTitres, seedUdCommunes } from "./referentiels";
import { seedTerritoires, type SeedCount } from "./territoires";

/** Reference data (and demo rows when asked), in one transaction: all of it or nothing. */
export async function seedAll(db: Db, options: { demo: boolean }): Promise<SeedCount[]> {
  return db.transaction(async (tx) => [
    ...(await seedTerritoires(tx)),
    await seedCommunes(tx),
    await seedUdCommunes(tx),
    await seedPays(tx),
    await seedNsf(tx),
    await seedTitres(tx),
    ...(options.demo ? await seedDemo(tx) : []),
  ]);
}
