import { randomUUID } from "node:crypto";
import { resourceUsage } from "node:process";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPostgres, type Db } from "@/db/client";
import { seedCommunes, seedNsf, seedTitres } from "@/db/seed/referentiels";
import { seedTerritoires } from "@/db/seed/territoires";
import { loadR1Facts } from "@/lib/agrements/r1-facts";
import { applyValceImport, previewValceImport } from "@/lib/agrements/valce/apply";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreListSpec, listCentresForUser, type CentreListParams } from "@/lib/centres/list-query";
import { generateValceFile, prng, seedBenchData, type Rng } from "./bench/centres-data";

/**
 * `npm run bench:centres`: on its own PostgreSQL database (created, then dropped), 10,000 centres, 20,000
 * sites and 100,000 agréments; times the centres list, the R1 facts and a 20,000-line VALCE import.
 * `--index` also creates the candidate index printed below, and says so. Not part of `npm test`.
 */
const QUERIES = 240;
const withIndex = process.argv.includes("--index");
const base = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `ceres_bench_${process.pid}`;
const url = new URL(base);
url.pathname = `/${name}`;
const admin = postgres(base, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${name}`);
const handle = openPostgres(url.toString(), { max: 4 });
const db = handle.db;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
async function timeAll(label: string, runs: (() => Promise<unknown>)[]) {
  for (const run of runs.slice(0, 10)) await run(); // warm-up: plans and buffers
  const times: number[] = [];
  for (const run of runs) {
    const start = process.hrtime.bigint();
    await run();
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  const result = { median: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length };
  console.log(`  ${label.padEnd(52)} médiane ${result.median.toFixed(1).padStart(6)} ms   p95 ${result.p95.toFixed(1).padStart(6)} ms   (${result.n} requêtes)`);
  return result;
}

function person(role: "national"): CurrentUser;
function person(role: "regional", regionCode: string, departementCode?: string | null): CurrentUser;
function person(role: "national" | "regional", regionCode?: string, departementCode: string | null = null): CurrentUser {
  const who = { id: randomUUID(), email: "bench@ceres.test", prenom: "Banc", nom: "D'ESSAI" };
  return role === "national" ? { ...who, role } : { ...who, role, regionCode: regionCode!, departementCode };
}

function params(rng: Rng, filters: CentreListParams["filters"] = {}): CentreListParams {
  return { page: 1 + (rng.next() < 0.7 ? 0 : rng.int(5)), pageSize: rng.pick([20, 50, 100]), sort: rng.pick(centreListSpec.sortable), dir: rng.pick(["asc", "desc"] as const), filters };
}

try {
  let start = process.hrtime.bigint();
  await handle.migrate();
  await db.transaction(async (tx) => {
    await seedTerritoires(tx);
    await seedCommunes(tx);
    await seedNsf(tx);
    await seedTitres(tx);
  });
  const rng = prng(20260401);
  const data = await seedBenchData(db, rng);
  if (withIndex) await createCandidateIndexes(db);
  await db.execute(sql`analyze`);
  console.log(`Base ${name} : 10 000 centres, 20 000 sites, 100 000 agréments chargés en ${(ms(start) / 1000).toFixed(1)} s.\n`);

  const regions = [...new Set(data.centres.map((c) => c.regionCode))];
  const departements = [...new Set(data.centres.map((c) => `${c.regionCode}|${c.departementCode}`))];
  const titreIds = [...new Set(data.versions.map((v) => v.titreId))];
  const national = person("national");
  const regional = () => (rng.next() < 0.6 ? person("regional", rng.pick(regions)) : person("regional", ...(rng.pick(departements).split("|") as [string, string])));
  console.log("(a) Liste des centres, première page et suivantes, total compris :");
  const listNational = await timeAll("national", Array.from({ length: QUERIES }, () => () => listCentresForUser(national, params(rng), db)));
  const listRegional = await timeAll("régional (région ou UD)", Array.from({ length: QUERIES }, () => { const u = regional(); return () => listCentresForUser(u, params(rng), db); }));
  const listRegion = await timeAll("national, filtre région (+ type ou réseau une fois sur trois)", Array.from({ length: QUERIES }, () => {
    const filters = { region: rng.pick(regions), ...(rng.next() < 0.33 ? (rng.next() < 0.5 ? { type: "CFA" } : { reseau: "GRETA" }) : {}) };
    return () => listCentresForUser(national, params(rng, filters), db);
  }));
  const listValid = await timeAll("agrément valide pour le titre X (national et régional)", Array.from({ length: QUERIES }, () => {
    const user = rng.next() < 0.5 ? national : regional();
    const filters = { validAgrementTitreId: rng.pick(titreIds) };
    return () => listCentresForUser(user, params(rng, filters), db);
  }));

  console.log("\n(b) Faits de la règle R1 (agréments centre × version, types datés, fin de vie) :");
  const r1 = await timeAll("loadR1Facts", Array.from({ length: QUERIES }, () => {
    const hit = rng.next() < 0.8;
    const centreId = hit ? rng.pick(data.sites).centreId : rng.pick(data.centres).id;
    const versionId = rng.pick(data.versions).id;
    return () => loadR1Facts(centreId, versionId, db);
  }));

  console.log("\n(c) Import VALCE d'un fichier généré de 20 000 lignes (Windows-1252) :");
  const file = generateValceFile(rng, data, 20_000);
  console.log(`  fichier : ${(file.length / 1024 / 1024).toFixed(1)} Mo`);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  sample();
  const rssBefore = process.memoryUsage().rss;
  const sampler = setInterval(sample, 20);
  start = process.hrtime.bigint();
  const preview = await previewValceImport(national, file, "bench-20000.csv", db);
  const previewMs = ms(start);
  if (!preview.ok) throw new Error(preview.message);
  start = process.hrtime.bigint();
  const applied = await applyValceImport(national, file, preview.data.digest, "bench-20000.csv", db);
  const applyMs = ms(start);
  sample();
  clearInterval(sampler);
  if (!applied.ok) throw new Error(applied.message);
  console.log(`  simulation : ${(previewMs / 1000).toFixed(2)} s ; application (relit, replanifie sous verrou, écrit) : ${(applyMs / 1000).toFixed(2)} s`);
  console.log(`  résultat   : ${JSON.stringify(applied.data)}`);
  console.log(`  mémoire    : RSS ${(rssBefore / 2 ** 20).toFixed(0)} Mo avant, pic ${(peakRss / 2 ** 20).toFixed(0)} Mo ; tas JS pic ${(peakHeap / 2 ** 20).toFixed(0)} Mo ; maxRSS du processus ${(resourceUsage().maxRSS / 1024).toFixed(0)} Mo`);
  start = process.hrtime.bigint();
  const again = await previewValceImport(national, file, "bench-20000.csv", db);
  const reapplied = again.ok ? await applyValceImport(national, file, again.data.digest, "bench-20000.csv", db) : again;
  console.log(`  réimport du même fichier : ${(ms(start) / 1000).toFixed(2)} s, ${reapplied.ok ? `${reapplied.data.creations} création, ${reapplied.data.misesAJour} mise à jour, ${reapplied.data.inchangees} inchangés` : reapplied.message}`);

  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      bench: "centres",
      index_ajoute: withIndex,
      list_median_ms: round(Math.max(listNational.median, listRegional.median, listRegion.median)),
      list_p95_ms: round(Math.max(listNational.p95, listRegional.p95, listRegion.p95)),
      list_valid_agrement_p95_ms: round(listValid.p95),
      r1_median_ms: round(r1.median),
      r1_p95_ms: round(r1.p95),
      valce_20k_preview_s: round(previewMs / 1000),
      valce_20k_s: round(applyMs / 1000),
      valce_peak_mb: Math.round(peakRss / 2 ** 20),
      valce_rss_delta_mb: Math.round((peakRss - rssBefore) / 2 ** 20),
    }),
  );
} finally {
  await handle.close();
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

async function createCandidateIndexes(target: Db) {
  // The "valid agrément for title X" filter is already served by agrements_version_idx; the national list
  // sorted by raison sociale is the one that sorts every centre.
  const ddl = "CREATE INDEX centres_raison_sociale_lower_idx ON centres (lower(raison_sociale), id)";
  console.log(`--index : le banc crée lui-même cet index (absent du schéma) :\n  ${ddl};\n`);
  await target.execute(sql.raw(ddl));
}
