import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openConfiguredDatabase } from "@/db/client";
import { DemoRefusedInProductionError, refuseDemoInProduction, seedDemoData } from "@/db/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo";
import { devSigningKeyPem, SIGNING_KEY_ENV } from "@/lib/parchemins/signing-key";
import { run } from "./run";

/**
 * `npm run demo`: migrates and seeds the database (embedded PGlite in .data/ unless DATABASE_URL is set),
 * builds, serves on http://localhost:3000 and prints the demo accounts. Running it again duplicates nothing.
 * Refused under NODE_ENV=production, before the database is even opened.
 */
try {
  refuseDemoInProduction();
} catch (error) {
  if (!(error instanceof DemoRefusedInProductionError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const started = performance.now();
const port = process.env.PORT ?? "3000";
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

// The seed runs before the server starts: PGlite must never be opened by two processes at once.
const handle = openConfiguredDatabase();
await handle.migrate();
const counts = await seedDemoData(handle.db);
await handle.close();
for (const c of counts) console.log(`  ${c.table.padEnd(20)} ${c.inserted} insérées, ${c.updated} mises à jour`);
console.log(`Base prête (${handle.driver}) — ${elapsed()}`);

if (!process.argv.includes("--sans-build")) {
  const build = await run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  if (build.code !== 0) process.exit(build.code);
  console.log(`Application construite — ${elapsed()}`);
}

const server = spawn("npx", ["next", "start", "-p", port], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, AUTH_SECRET: authSecret(), AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}`, [SIGNING_KEY_ENV]: process.env[SIGNING_KEY_ENV] ?? devSigningKeyPem(), NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
for (;;) {
  const ok = await fetch(`${url}/connexion`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`\nCERES est servi sur ${url} (première page servie après ${elapsed()}).\n`);
console.log("Comptes de démonstration (mot de passe commun : " + DEMO_PASSWORD + ") :");
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.label.padEnd(26)} ${account.email}`);
console.log("\nCtrl+C pour arrêter.");
