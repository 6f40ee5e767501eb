import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { ccps, centres, departements, jures, regions, titres, titreVersions, users } from "@/db/schema";
import { seedReferentiels } from "@/db/seed";
import { DEMO_ACCOUNTS, seedDemo } from "@/db/seed/demo";
import { seedTerritoires } from "@/db/seed/territoires";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("chargement des données", () => {
  test("charge 18 régions et 101 départements, puis ne change rien la seconde fois", async () => {
    const first = await t.db.transaction((tx) => seedTerritoires(tx));
    expect(first).toEqual([
      { table: "regions", inserted: 18, updated: 0 },
      { table: "departements", inserted: 101, updated: 0 },
    ]);
    const second = await t.db.transaction((tx) => seedTerritoires(tx));
    expect(second.every((c) => c.inserted === 0 && c.updated === 0)).toBe(true);
    expect(await t.db.$count(regions)).toBe(18);
    expect(await t.db.$count(departements)).toBe(101);
  });

  test("les données de démonstration ne sont jamais dupliquées", async () => {
    await t.db.transaction(async (tx) => {
      await seedTerritoires(tx);
      await seedDemo(tx);
    });
    const again = await t.db.transaction((tx) => seedDemo(tx));
    expect(again.every((c) => c.inserted === 0)).toBe(true);
    expect(await t.db.$count(users)).toBe(DEMO_ACCOUNTS.length);
    // 16 30 FORMATION, the CFA of Montpellier and the centre of Lyon.
    expect(await t.db.$count(centres)).toBe(3);
  });
});

describe("chargement des référentiels", () => {
  test("npm run db:seed charge communes, pays, NSF, titres et communes des UD, sans aucun compte, centre ni juré, puis ne change rien la seconde fois", async () => {
    const first = await seedReferentiels(t.db);
    const byTable = Object.fromEntries(first.map((c) => [c.table, c]));
    expect(byTable.communes!.inserted).toBeGreaterThan(42_000);
    expect(byTable.nsf_codes!.inserted).toBe(497);
    expect(byTable.pays!.inserted).toBeGreaterThan(240);
    expect(byTable["departements (UD)"]!.updated).toBe(101);
    expect(byTable["titres (lignes)"]!.inserted).toBe(17);
    const [gard] = await t.db.select().from(departements).where(eq(departements.code, "30"));
    expect(gard).toMatchObject({ udCommuneCode: "30189", udCommuneNom: "Nîmes" });
    const [advf] = await t.db.select({ id: titres.id }).from(titres).where(eq(titres.code, "TP-00391"));
    const versions = await t.db.select().from(titreVersions).where(eq(titreVersions.titreId, advf!.id)).orderBy(titreVersions.dateVersion);
    expect(versions.map((v) => [v.millesime, v.dateVersion, v.nsfCode])).toEqual([
      [null, "2011-03-16", "330t"],
      ["07", "2023-07-04", "330t"],
    ]);
    expect(await t.db.$count(ccps, eq(ccps.titreVersionId, versions[0]!.id))).toBe(3);

    expect(first.filter((c) => c.table.includes("démo"))).toEqual([]);
    expect(await t.db.$count(users)).toBe(0);
    expect(await t.db.$count(centres)).toBe(0);
    expect(await t.db.$count(jures)).toBe(0);

    const second = await seedReferentiels(t.db);
    expect(second.filter((c) => c.inserted || c.updated)).toEqual([]);
  }, 120_000);
});
