import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { openPglite, openPostgres, rowsOf, type DatabaseHandle, type Db } from "@/db/client";
import { adminUrl, databaseUrl } from "./urls";

let counter = 0;

/** A fresh migrated database for one test file: a PGlite copy, or a PostgreSQL database made from the template. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.TEST_DB_DRIVER === "postgres") {
    const template = inject("postgresTemplate");
    const name = `ceres_t_${template.slice(10)}_${process.pid}_${++counter}`;
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const handle = openPostgres(databaseUrl(name), { max: 5 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = new Blob([readFileSync(inject("pgliteDump"))]);
  return openPglite({ loadDataDir: dump });
}

/** The reference tables, which `seedOnce` may fill once per file (seeding 35,000 communes takes seconds). */
export const REFERENCE_TABLES = ["ccps", "titre_versions", "titres", "nsf_codes", "communes", "pays", "departements", "regions"];

/**
 * Every table of the schema, asked of the database itself: a table added by a migration is emptied between
 * tests without anyone remembering to list it. drizzle's journal lives in its own schema ("drizzle").
 */
export async function listPublicTables(db: Db): Promise<string[]> {
  const result = await db.execute(sql`select tablename from pg_catalog.pg_tables where schemaname = 'public' and tablename not like '\_\_drizzle%' order by tablename`);
  return rowsOf<{ tablename: string }>(result).map((r) => r.tablename);
}

export async function truncateAll(db: Db, keep: readonly string[] = []): Promise<void> {
  const tables = await listPublicTables(db);
  const unknown = keep.filter((t) => !tables.includes(t));
  if (unknown.length) throw new Error(`tables à garder inconnues de la base : ${unknown.join(", ")}`);
  const emptied = tables.filter((t) => !keep.includes(t));
  await db.execute(sql.raw(`TRUNCATE ${emptied.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`));
}

/**
 * Opens the file's database before its tests, empties it before each test, closes it after. With
 * `seedOnce`, the reference tables are filled once for the file and kept between tests.
 */
export function useTestDatabase(options: { seedOnce?: (db: Db) => Promise<void> } = {}): { readonly db: Db; readonly driver: DatabaseHandle["driver"] } {
  let handle: DatabaseHandle | undefined;
  const keep = options.seedOnce ? REFERENCE_TABLES : [];
  beforeAll(async () => {
    handle = await openTestDatabase();
    await options.seedOnce?.(handle.db);
  });
  beforeEach(async () => {
    await truncateAll(handle!.db, keep);
  });
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get db() {
      return handle!.db;
    },
    get driver() {
      return handle!.driver;
    },
  };
}
