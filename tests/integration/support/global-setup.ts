import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "@/db/client";
import { adminUrl, databaseUrl } from "./urls";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run: a gzip dump of a migrated PGlite (each test file opens its own copy in ~0.5 s),
 * or a template database on PostgreSQL (each test file gets `CREATE DATABASE … TEMPLATE`).
 */
export default async function setup(project: TestProject) {
  // The project's `env` reaches the test workers, not this setup: the project name tells the driver.
  if (project.name === "integration:postgres") {
    const template = `ceres_tpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${template}`);
    const handle = openPostgres(databaseUrl(template), { max: 1 });
    await handle.migrate();
    await handle.close();
    project.provide("postgresTemplate", template);
    project.provide("pgliteDump", "");
    return async () => {
      const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`ceres_t_${template.slice(10)}%`}`;
      for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "ceres-pglite-"));
  const handle = openPglite();
  await handle.migrate();
  const client = (handle.db as unknown as { $client: { dumpDataDir(c: "gzip"): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("gzip");
  const file = path.join(dir, "migrated.tar.gz");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide("pgliteDump", file);
  project.provide("postgresTemplate", "");
  return () => rmSync(dir, { recursive: true, force: true });
}
