import { asc, and, eq, isNull } from "drizzle-orm";
import os from "node:os";
import postgres from "postgres";
import { openPglite, openPostgres, type DatabaseHandle, type Db } from "@/db/client";
import { communes } from "@/db/schema";
import { seedCommunes } from "@/db/seed/referentiels";
import { seedTerritoires } from "@/db/seed/territoires";
import { searchCommunes } from "@/lib/communes/search";
import { misspell, percentile, seededRandom } from "./bench/typos";

/**
 * Commune search benchmark (not part of npm test): on PostgreSQL (DATABASE_URL; the script creates and drops its
 * own database) and on PGlite in memory, loads the communes, then times 1,000 searches of real commune names
 * typed without accents and with one typo, drawn with a fixed seed, in mode "current".
 * Targets: p95 < 20 ms on PostgreSQL, intended commune in the first 5 results for at least 95 % of searches.
 */
const SEARCHES = 1000;
const WARM_UP = 50;
const SEED = 20260612;

type EngineResult = { median_ms: number; p95_ms: number; top5: number; seed_ms: number };

async function seed(handle: DatabaseHandle): Promise<number> {
  await handle.migrate();
  const started = performance.now();
  await handle.db.transaction(async (tx) => {
    await seedTerritoires(tx);
    await seedCommunes(tx);
  });
  return Math.round(performance.now() - started);
}

async function drawQueries(db: Db, seedValue: number, count: number) {
  const current = await db
    .select({ code: communes.code, nom: communes.nom })
    .from(communes)
    .where(and(isNull(communes.validTo), eq(communes.kind, "commune")))
    .orderBy(asc(communes.code));
  const random = seededRandom(seedValue);
  return Array.from({ length: count }, () => {
    const target = current[Math.floor(random() * current.length)]!;
    return { code: target.code, nom: target.nom, q: misspell(target.nom, random).text };
  });
}

async function run(label: string, handle: DatabaseHandle): Promise<EngineResult> {
  const seedMs = await seed(handle);
  for (const w of await drawQueries(handle.db, SEED + 1, WARM_UP)) await searchCommunes({ q: w.q, mode: "current" }, handle.db);
  const times: number[] = [];
  const misses: string[] = [];
  let found = 0;
  for (const query of await drawQueries(handle.db, SEED, SEARCHES)) {
    const started = performance.now();
    const results = await searchCommunes({ q: query.q, mode: "current" }, handle.db);
    times.push(performance.now() - started);
    if (results.slice(0, 5).some((r) => r.code === query.code)) found += 1;
    else misses.push(`${query.q} → ${query.nom} (${query.code}) ; trouvé : ${results.slice(0, 3).map((r) => r.label).join(" | ") || "rien"}`);
  }
  times.sort((a, b) => a - b);
  const result = {
    median_ms: round(percentile(times, 0.5)),
    p95_ms: round(percentile(times, 0.95)),
    top5: found / SEARCHES,
    seed_ms: seedMs,
  };
  console.log(`${label} : chargement ${seedMs} ms ; ${SEARCHES} recherches : médiane ${result.median_ms} ms, p95 ${result.p95_ms} ms, max ${round(times.at(-1)!)} ms ; commune voulue dans les 5 premiers : ${(result.top5 * 100).toFixed(1)} %`);
  if (process.argv.includes("--ratees")) for (const m of misses) console.log(`  raté : ${m}`);
  else if (misses.length) console.log(`  ${misses.length} ratées, par exemple : ${misses.slice(0, 3).join(" ; ")}`);
  return result;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function onPostgres(): Promise<EngineResult | null> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.log("PostgreSQL : DATABASE_URL absente, mesure sautée.");
    return null;
  }
  const name = `ceres_bench_${process.pid}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), { max: 1 });
  try {
    return await run("PostgreSQL", handle);
  } finally {
    await handle.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function onPglite(): Promise<EngineResult> {
  const handle = openPglite();
  try {
    return await run("PGlite (en mémoire)", handle);
  } finally {
    await handle.close();
  }
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
console.log(`Charge de la machine au départ (1, 5, 15 min) : ${load()} ; ${os.cpus().length} cœurs.`);
const pg = await onPostgres();
const pglite = process.argv.includes("--pg-seulement") ? null : await onPglite();
console.log(`Charge de la machine à la fin : ${load()}.`);
console.log(JSON.stringify({ bench: "communes", searches: SEARCHES, seed: SEED, pg, pglite, seed_ms: pg?.seed_ms ?? pglite?.seed_ms ?? null, load: os.loadavg()[0] }));
