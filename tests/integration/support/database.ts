import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { openPglite, openPostgres, type DatabaseHandle, type Db } from "@/db/client";
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

const TABLES = ["audit_events", "revoked_auth_sessions", "sign_in_failures", "sign_in_rate_limits", "habilitation_periodes", "habilitations", "jure_centre_links", "jures", "users", "agrements", "sites", "centre_types", "centres", "ccps", "titre_versions", "titres", "nsf_codes", "communes", "pays", "departements", "regions"];
/** The reference tables, which `seedOnce` may fill once per file (seeding 35,000 communes takes seconds). */
export const REFERENCE_TABLES = ["ccps", "titre_versions", "titres", "nsf_codes", "communes", "pays", "departements", "regions"];

export async function truncateAll(db: Db, keep: readonly string[] = []): Promise<void> {
  await db.execute(sql.raw(`TRUNCATE ${TABLES.filter((t) => !keep.includes(t)).join(", ")} RESTART IDENTITY CASCADE`));
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
