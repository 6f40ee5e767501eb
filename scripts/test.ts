import { mkdirSync, readFileSync, rmSync } from "node:fs";
import postgres from "postgres";
import { run } from "./run";
import { failureLines, playwrightFailures, vitestFailures, type Failure } from "./test-report";

/**
 * `npm test`: typecheck, lint, unit tests, integration tests on PGlite and on PostgreSQL, build, then the
 * Playwright suite against the built app. PostgreSQL comes from DATABASE_URL; when it is unset, the local
 * server of the README (127.0.0.1:5432) is used if it answers, otherwise its suites are skipped, loudly.
 */
const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await client`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 });
  }
}

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!env.DATABASE_URL && (await reachable(LOCAL_POSTGRES))) {
  env.DATABASE_URL = LOCAL_POSTGRES;
  console.log(`DATABASE_URL non défini : PostgreSQL local trouvé, utilisé pour les tests (${LOCAL_POSTGRES}).`);
}
const withPostgres = Boolean(env.DATABASE_URL);
if (!withPostgres) console.warn("ATTENTION : aucun PostgreSQL — intégration PostgreSQL et e2e NON exécutés.");

// Reports of an earlier run would name its failures as this run's.
rmSync(".test-results", { recursive: true, force: true });
mkdirSync(".test-results", { recursive: true });
const steps: { name: string; command: string[]; when?: boolean }[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint (eslint, stylelint)", command: ["npm", "run", "--silent", "lint"] },
  { name: "vitest (unitaires + intégration)", command: ["npx", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.test-results/vitest.json"] },
  { name: "build", command: ["npx", "next", "build"], when: withPostgres },
  { name: "e2e (Playwright, Chromium)", command: ["npx", "playwright", "test", "--reporter=list,json"], when: withPostgres },
];

const timings: string[] = [];
let failed = false;
for (const step of steps) {
  if (step.when === false) continue;
  console.log(`\n▶ ${step.name}`);
  const stepEnv = step.name.startsWith("e2e") ? { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: ".test-results/playwright.json" } : env;
  const { code, ms } = await run(step.command[0]!, step.command.slice(1), stepEnv);
  timings.push(`  ${step.name.padEnd(36)} ${(ms / 1000).toFixed(1).padStart(6)} s ${code === 0 ? "ok" : "ÉCHEC"}`);
  if (code !== 0) {
    failed = true;
    break;
  }
}

function counts(): { passed: number; failed: number; skipped: number; failures: Failure[] } {
  const total = { passed: 0, failed: 0, skipped: 0, failures: [] as Failure[] };
  try {
    const v = JSON.parse(readFileSync(".test-results/vitest.json", "utf8"));
    total.passed += v.numPassedTests;
    total.failed += v.numFailedTests;
    total.skipped += v.numPendingTests + v.numTodoTests;
    total.failures.push(...vitestFailures(v));
  } catch {
    // No report: the step stopped before writing it, and the failure is already counted above.
  }
  if (withPostgres) {
    try {
      const p = JSON.parse(readFileSync(".test-results/playwright.json", "utf8"));
      // A test that failed then passed on a retry is a failure here too: retries hide flaky tests.
      total.passed += p.stats.expected;
      total.failed += p.stats.unexpected + p.stats.flaky;
      total.skipped += p.stats.skipped;
      total.failures.push(...playwrightFailures(p));
    } catch {
      // Same as above.
    }
  }
  return total;
}

console.log("\nRésumé :");
console.log(timings.join("\n"));
const c = counts();
console.log(`Tests: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`);
for (const line of failureLines(c.failures)) console.log(line);
process.exit(failed || c.failed > 0 ? 1 : 0);
