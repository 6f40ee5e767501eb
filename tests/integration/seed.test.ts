import { describe, expect, test } from "vitest";
import { centres, departements, regions, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
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
    expect(await t.db.$count(users)).toBe(4);
    expect(await t.db.$count(centres)).toBe(1);
  });
});
