import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** What a query accepts: the database itself or an open transaction. */
export type DbOrTx = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), "drizzle");
export const pgliteExtensions = { pg_trgm, unaccent };

export function defaultDataDir(): string {
  return process.env.CERES_DATA_DIR ?? path.join(process.cwd(), ".data", "ceres");
}

export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return {
    db,
    driver: "postgres",
    migrate: () => migratePostgres(db as never, { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Opens PGlite on a directory, in memory (no dir), or from a dump made by `dumpDataDir`. */
export function openPglite(options: { dataDir?: string; loadDataDir?: Blob | File } = {}): DatabaseHandle {
  if (options.dataDir) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  // Options as one object: `new PGlite(undefined, options)` silently drops the options (and the extensions).
  const client = new PGlite({ dataDir: options.dataDir, extensions: pgliteExtensions, loadDataDir: options.loadDataDir });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
  };
}

/** The database the environment points at: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export function openConfiguredDatabase(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite({ dataDir: defaultDataDir() });
}

// Next evaluates a module once per bundle: the handle lives on globalThis so that pages, route handlers
// and instrumentation share one connection pool (and, with PGlite, one single owner of the data directory).
const globalForDb = globalThis as unknown as { __ceresDb?: DatabaseHandle };

export function getDatabase(): DatabaseHandle {
  globalForDb.__ceresDb ??= openConfiguredDatabase();
  return globalForDb.__ceresDb;
}

export function getDb(): Db {
  return getDatabase().db;
}

/** `db.execute()` answers an array with postgres.js and `{ rows }` with PGlite. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
