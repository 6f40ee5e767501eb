import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { rowsOf } from "@/db/client";
import { centres } from "@/db/schema";
import { createCentre, seedReference } from "../fixtures/factories";
import { listPublicTables, REFERENCE_TABLES, truncateAll, useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("base de test vidée entre les tests", () => {
  test("la liste des tables à vider vient de la base, sans le journal des migrations", async () => {
    const tables = await listPublicTables(t.db);
    expect(tables).toEqual(expect.arrayContaining(["centres", "jures", "users", "audit_events", ...REFERENCE_TABLES]));
    expect(tables.some((name) => name.includes("drizzle"))).toBe(false);
    const [journal] = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
    expect(journal!.n).toBeGreaterThan(0);
  });

  test("une table ajoutée par une migration est vidée sans qu'on pense à la lister", async () => {
    await t.db.execute(sql`create table if not exists essai_nouvelle_table (nom text)`);
    await t.db.execute(sql`insert into essai_nouvelle_table values ('Nguyễn Ørsted')`);
    await seedReference(t.db);
    await createCentre(t.db);
    await truncateAll(t.db);
    const [left] = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from essai_nouvelle_table`));
    expect(left!.n).toBe(0);
    expect(await t.db.$count(centres)).toBe(0);
  });

  test("garder une table que la base ne connaît pas est une erreur, pas un oubli silencieux", async () => {
    await expect(truncateAll(t.db, ["titres_inexistants"])).rejects.toThrow("titres_inexistants");
  });
});
