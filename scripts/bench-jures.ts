import postgres from "postgres";
import { openPglite, openPostgres, type DatabaseHandle } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { queryConvocationList } from "@/lib/jures/convocation-query";
import { random, seedBench, type BenchData } from "./bench-jures-seed";

/**
 * `npm run bench:jures`: the list of jurors to convene (first page, eligible first) for the most popular
 * title, over 200 different sessions (dates, centres, and the four kinds of users), on PostgreSQL
 * (DATABASE_URL, in a database of its own, dropped at the end) and on PGlite in memory.
 */
const QUERIES = 200;
const WARMUP = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function usersFor(centre: BenchData["centreIds"][number]): CurrentUser[] {
  const base = { id: "00000000-0000-0000-0000-000000000000", email: "bench@ceres.test", prenom: "Banc", nom: "ESSAI" };
  return [
    { ...base, role: "national" },
    { ...base, role: "regional", regionCode: centre.regionCode, departementCode: null },
    { ...base, role: "regional", regionCode: centre.regionCode, departementCode: centre.departementCode },
    { ...base, role: "centre", centreId: centre.id },
  ];
}

async function measure(handle: DatabaseHandle, label: string) {
  const started = performance.now();
  await handle.migrate();
  const data = await seedBench(handle.db);
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(`${label} : données chargées en ${seedSeconds.toFixed(1)} s (${data.titreCode}, ${data.habilitationsPopulaires} habilitations sur la version mesurée).`);

  const rand = random(42);
  const timings: number[] = [];
  let eligibles = 0;
  for (let i = 0; i < QUERIES + WARMUP; i++) {
    const centre = data.centreIds[Math.floor(rand() * data.centreIds.length)]!;
    const user = usersFor(centre)[i % 4]!;
    const first = new Date(Date.UTC(2016, 0, 1) + Math.floor(rand() * 11 * 365) * 86_400_000);
    const last = new Date(first.getTime() + Math.floor(rand() * 3) * 86_400_000);
    const criteria = { titreVersionId: data.titreVersionId, debut: first.toISOString().slice(0, 10), fin: last.toISOString().slice(0, 10), centreId: centre.id };
    const t0 = performance.now();
    const page = await queryConvocationList(user, criteria, { page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: {} }, handle.db);
    if (!page) throw new Error("Le centre du banc n'a pas d'agrément valide pour cette session.");
    const ms = performance.now() - t0;
    if (i >= WARMUP) {
      timings.push(ms);
      eligibles += page.eligibles;
    }
  }
  timings.sort((a, b) => a - b);
  const result = {
    seed_s: Number(seedSeconds.toFixed(1)),
    median_ms: Number(percentile(timings, 50).toFixed(1)),
    p95_ms: Number(percentile(timings, 95).toFixed(1)),
    max_ms: Number(timings.at(-1)!.toFixed(1)),
    mean_eligibles: Math.round(eligibles / QUERIES),
    habilitations_version: data.habilitationsPopulaires,
    rows: data.counts,
  };
  console.log(`${label} : ${QUERIES} requêtes, médiane ${result.median_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms.`);
  return result;
}

async function onPostgres() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log("PostgreSQL : DATABASE_URL non défini, mesure sautée.");
    return null;
  }
  const name = `ceres_bench_jures_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), { max: 2 });
  try {
    return await measure(handle, "PostgreSQL");
  } finally {
    await handle.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function onPglite() {
  const handle = openPglite();
  try {
    return await measure(handle, "PGlite (en mémoire)");
  } finally {
    await handle.close();
  }
}

const postgresResult = await onPostgres();
const pgliteResult = process.argv.includes("--sans-pglite") ? null : await onPglite();
console.log(
  JSON.stringify({
    bench: "jures",
    jures: (postgresResult ?? pgliteResult)?.rows.jures ?? null,
    habilitations: (postgresResult ?? pgliteResult)?.rows.habilitations ?? null,
    periodes: (postgresResult ?? pgliteResult)?.rows.periodes ?? null,
    queries: QUERIES,
    page_size: 20,
    postgres: postgresResult,
    pglite: pgliteResult,
    target_p95_ms_postgres: 50,
    target_met: postgresResult ? postgresResult.p95_ms < 50 : null,
  }),
);
