import { spawn } from "node:child_process";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { seedCommunes, seedNsf, seedPays, seedTitres, seedUdCommunes } from "@/db/seed/referentiels";
import { seedTerritoires } from "@/db/seed/territoires";
import { e2eDatabaseUrl } from "../tests/e2e/support/env";

/** Creates the e2e database (migrated, with the référentiels but no demo account), then serves the built app on it. */
const url = e2eDatabaseUrl();
const name = new URL(url).pathname.slice(1);
const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
if (!exists) await admin.unsafe(`CREATE DATABASE ${name}`);
await admin.end();

const handle = openPostgres(url, { max: 1 });
await handle.migrate();
await handle.db.transaction(async (tx) => {
  await seedTerritoires(tx);
  await seedCommunes(tx);
  await seedUdCommunes(tx);
  await seedPays(tx);
  await seedNsf(tx);
  await seedTitres(tx);
});
await handle.close();

const server = spawn("npx", ["next", "start", "-p", process.env.E2E_APP_PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
