import { sql } from "drizzle-orm";
import departementsData from "@etalab/decoupage-administratif/data/departements.json" with { type: "json" };
import regionsData from "@etalab/decoupage-administratif/data/regions.json" with { type: "json" };
import type { DbOrTx } from "@/db/client";
import { departements, regions } from "@/db/schema";

type CogEntry = { code: string; nom: string; zone: string; region?: string };

// CERES covers the 18 régions and 101 départements (métropole and DROM), not the collectivités d'outre-mer.
const inScope = (entry: CogEntry) => entry.zone === "metro" || entry.zone === "drom";

export type SeedCount = { table: string; inserted: number; updated: number };

export async function seedTerritoires(tx: DbOrTx): Promise<SeedCount[]> {
  const regionRows = (regionsData as CogEntry[]).filter(inScope).map((r) => ({ code: r.code, nom: r.nom }));
  const departementRows = (departementsData as CogEntry[])
    .filter(inScope)
    .map((d) => ({ code: d.code, nom: d.nom, regionCode: d.region! }));

  const regionResult = await tx
    .insert(regions)
    .values(regionRows)
    .onConflictDoUpdate({ target: regions.code, set: { nom: sql`excluded.nom` }, setWhere: sql`${regions.nom} is distinct from excluded.nom` })
    .returning({ inserted: sql<boolean>`xmax = 0` });
  const departementResult = await tx
    .insert(departements)
    .values(departementRows)
    .onConflictDoUpdate({
      target: departements.code,
      set: { nom: sql`excluded.nom`, regionCode: sql`excluded.region_code` },
      setWhere: sql`(${departements.nom}, ${departements.regionCode}) is distinct from (excluded.nom, excluded.region_code)`,
    })
    .returning({ inserted: sql<boolean>`xmax = 0` });

  return [
    count("regions", regionResult),
    count("departements", departementResult),
  ];
}

export function count(table: string, rows: { inserted: boolean }[]): SeedCount {
  const inserted = rows.filter((r) => r.inserted).length;
  return { table, inserted, updated: rows.length - inserted };
}
