import type { Db, Tx } from "@/db/client";
import { seedDemo } from "./demo";
import { seedCommunes, seedNsf, seedPays, seedTitres, seedUdCommunes } from "./referentiels";
import { seedTerritoires, type SeedCount } from "./territoires";

export const DEMO_REFUSED_IN_PRODUCTION =
  "Les données de démonstration (comptes au mot de passe publié) ne sont jamais chargées en production (NODE_ENV=production). " +
  "Pour une mise en production : npm run db:seed (référentiels), puis npm run admin:create (premier compte national) — voir « Mise en production » dans le README.";

/** Thrown, before anything is written, when demo data is asked for under NODE_ENV=production. */
export class DemoRefusedInProductionError extends Error {
  constructor() {
    super(DEMO_REFUSED_IN_PRODUCTION);
    this.name = "DemoRefusedInProductionError";
  }
}

export function refuseDemoInProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === "production") throw new DemoRefusedInProductionError();
}

async function referentiels(tx: Tx): Promise<SeedCount[]> {
  return [
    ...(await seedTerritoires(tx)),
    await seedCommunes(tx),
    await seedUdCommunes(tx),
    await seedPays(tx),
    await seedNsf(tx),
    await seedTitres(tx),
  ];
}

/** `npm run db:seed`: the référentiels every installation needs (no account, no centre, no juré), all or nothing. */
export async function seedReferentiels(db: Db): Promise<SeedCount[]> {
  return db.transaction((tx) => referentiels(tx));
}

/** `npm run demo`: the référentiels and the demo rows (accounts with a published password): never in production. */
export async function seedDemoData(db: Db): Promise<SeedCount[]> {
  refuseDemoInProduction();
  return db.transaction(async (tx) => [...(await referentiels(tx)), ...(await seedDemo(tx))]);
}
