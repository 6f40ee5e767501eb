import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { rowsOf } from "@/db/client";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("migration des extensions", () => {
  test("pg_trgm et unaccent sont installées", async () => {
    const rows = rowsOf<{ extname: string }>(
      await t.db.execute(sql`select extname from pg_extension where extname in ('pg_trgm', 'unaccent') order by extname`),
    );
    expect(rows.map((r) => r.extname)).toEqual(["pg_trgm", "unaccent"]);
  });

  test("immutable_unaccent retire les accents et se déclare IMMUTABLE", async () => {
    const [row] = rowsOf<{ plain: string; volatility: string }>(
      await t.db.execute(sql`select immutable_unaccent('Bagnols-sur-Cèze Œuvre Ğüneş') as plain,
        (select provolatile from pg_proc where proname = 'immutable_unaccent') as volatility`),
    );
    expect(row!.plain).toBe("Bagnols-sur-Ceze OEuvre Gunes");
    expect(row!.volatility).toBe("i");
  });

  test("un index trigramme sur immutable_unaccent se crée et sert une recherche sans accents", async () => {
    await t.db.execute(sql`create table essai_communes (nom text not null)`);
    await t.db.execute(sql`create index essai_communes_trgm on essai_communes using gin (immutable_unaccent(lower(nom)) gin_trgm_ops)`);
    await t.db.execute(sql`insert into essai_communes values ('Bagnols-sur-Cèze'), ('Saint-Étienne'), ('Orléans')`);
    const rows = rowsOf<{ nom: string }>(
      await t.db.execute(sql`select nom from essai_communes
        where immutable_unaccent(lower(nom)) % immutable_unaccent(lower('saint etienne')) order by nom`),
    );
    expect(rows.map((r) => r.nom)).toEqual(["Saint-Étienne"]);
    await t.db.execute(sql`drop table essai_communes`);
  });
});
