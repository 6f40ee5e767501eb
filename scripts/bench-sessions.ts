import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { register } from "node:module";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPglite, openPostgres, rowsOf, type DatabaseHandle, type Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { SessionListParams } from "@/lib/sessions/list-query";
import { random } from "./bench-jures-seed";
import { seedSessionsBench } from "./bench-sessions-seed";

// The application's modules are marked "server-only"; this script runs them without the react-server
// condition: the hook gives "server-only" its empty module, as Next and vitest do, before the modules are
// imported.
register("./bench/server-only-hook.mjs", import.meta.url);
const { queryConvocationList } = await import("@/lib/jures/convocation-query");
const { listSessionsForUser } = await import("@/lib/sessions/list-query");
const { loadConvocationLetters } = await import("@/lib/sessions/letters/load");
const { renderConvocationsPdf } = await import("@/lib/sessions/letters/render");

/**
 * `npm run bench:sessions`: 200,000 sessions (twenty years of national volume), 600,000 convocations and
 * 100,000 jurors, on PostgreSQL (a database of its own, `bench_sessions`, created through DATABASE_URL's
 * server and dropped at the end) and on PGlite (a temporary data directory, removed at the end). Measures,
 * with the application's own functions:
 * - the sessions list, first page, per role (national, DREETS, UD, centre) with filters (status, title,
 *   dates, département), p95 — target 50 ms on PostgreSQL;
 * - the list of jurors to convene for a session (R4, with its "already convened at an overlapping session"
 *   clause reading session_jures), p95 — target 50 ms;
 * - one convocation letter (loaded in scope, rendered to PDF), median warm — target 20 ms;
 * - the 20 letters of a 20-juror jury in one PDF, median — target 300 ms.
 * Options: `--sans-pglite`, `--sans-postgres`; `--base=URL` measures an already loaded PostgreSQL database
 * (no load, no drop: for working on a query); `--nom=NAME` names the database
 * loaded (default `bench_sessions`); `--conserver` keeps it (not dropped
 * at the end) so that later runs can measure it with `--base=…/bench_sessions`; `--lettres` measures the
 * letters only (no list, no R4: `--base=… --lettres` for working on the letter), with more runs and the
 * letter's parts apart (loading, rendering) and its processor time, read against a loaded machine. The last
 * line is JSON.
 */
const LIST_QUERIES = 100; // per role
const R4_QUERIES = 200;
const WARMUP = 5;
const args = process.argv.slice(2);
const LETTERS_ONLY = args.includes("--lettres");
const LETTER_RUNS = LETTERS_ONLY ? 100 : 30;
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number) => Math.round(n * 10) / 10;

async function timed<T>(label: string, runs: (() => Promise<T>)[], check: (r: T) => void = () => {}) {
  for (const run of runs.slice(0, WARMUP)) check(await run()); // plans, buffers, fonts
  const times: number[] = [];
  for (const run of runs) {
    const t0 = performance.now();
    const result = await run();
    times.push(performance.now() - t0);
    check(result);
  }
  times.sort((a, b) => a - b);
  const r = { median_ms: round(quantile(times, 50)), p95_ms: round(quantile(times, 95)), max_ms: round(times.at(-1)!), n: times.length };
  console.log(`  ${label.padEnd(48)} médiane ${String(r.median_ms).padStart(6)} ms   p95 ${String(r.p95_ms).padStart(6)} ms   max ${String(r.max_ms).padStart(6)} ms   (${r.n})`);
  return r;
}

const who = { id: "00000000-0000-0000-0000-000000000000", email: "bench@ceres.test", prenom: "Banc", nom: "D'ESSAI" };
const national: CurrentUser = { ...who, role: "national" };

type SessionSample = { id: string; centre_id: string; region_code: string; departement_code: string; titre_id: string; titre_version_id: string; date_debut: string; date_fin: string };

async function measure(db: Db, label: string, popularVersionId: string) {
  const rand = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sample = rowsOf<SessionSample>(
    await db.execute(sql`select s.id, s.centre_id, s.region_code, s.departement_code, tv.titre_id, s.titre_version_id, s.date_debut::text, s.date_fin::text
      from sessions s join titre_versions tv on tv.id = s.titre_version_id order by s.numero limit 2000`),
  );
  const filtersFor = (s: SessionSample, role: "national" | "dreets" | "ud" | "centre"): SessionListParams["filters"] => {
    const from = new Date(Date.UTC(2007, 0, 1) + Math.floor(rand() * 20 * 365) * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(from) + (30 + Math.floor(rand() * 335)) * 86_400_000).toISOString().slice(0, 10);
    const statut = pick(["brouillon", "declaree", "jury_constitue", "transmise", "validee", "annulee"]);
    switch (Math.floor(rand() * 6)) {
      case 0:
        return {};
      case 1:
        return { statut };
      case 2:
        return { titre: s.titre_id };
      case 3:
        return { du: from, au: to };
      case 4:
        return role === "centre" ? { statut, du: from } : { departement: s.departement_code };
      default:
        return { statut, titre: s.titre_id, du: from, au: to, ...(role === "centre" ? {} : { departement: s.departement_code }) };
    }
  };
  const page = (filters: SessionListParams["filters"]): SessionListParams => ({ page: 1, pageSize: 20, sort: "dateDebut", dir: "desc", filters });
  const nonEmpty = (r: { total: number }) => void r;

  const roles = LETTERS_ONLY ? null : await measureLists();
  const r4 = LETTERS_ONLY ? null : await measureR4();
  async function measureLists() {
    console.log(`${label} — liste des sessions, première page (20), filtres statut / titre / dates / département :`);
    return {
      national: await timed("national", Array.from({ length: LIST_QUERIES }, () => { const s = pick(sample); const f = filtersFor(s, "national"); return () => listSessionsForUser(national, page(f), db); }), nonEmpty),
      dreets: await timed("DREETS (région de la session)", Array.from({ length: LIST_QUERIES }, () => {
        const s = pick(sample);
        const user: CurrentUser = { ...who, role: "regional", regionCode: s.region_code, departementCode: null };
        const f = filtersFor(s, "dreets");
        return () => listSessionsForUser(user, page(f), db);
      })),
      ud: await timed("UD (département de la session)", Array.from({ length: LIST_QUERIES }, () => {
        const s = pick(sample);
        const user: CurrentUser = { ...who, role: "regional", regionCode: s.region_code, departementCode: s.departement_code };
        const f = filtersFor(s, "ud");
        return () => listSessionsForUser(user, page(f), db);
      })),
      centre: await timed("centre (le sien)", Array.from({ length: LIST_QUERIES }, () => {
        const s = pick(sample);
        const user: CurrentUser = { ...who, role: "centre", centreId: s.centre_id };
        const f = filtersFor(s, "centre");
        return () => listSessionsForUser(user, page(f), db);
      })),
    };
  }

  // R4 for sessions of the most convened version (TP-00391 07: about 20,000 habilitated jurors), each
  // asked by one of the four kinds of users whose scope holds the session.
  async function measureR4() {
    const r4Sessions = rowsOf<SessionSample>(
      await db.execute(sql`select s.id, s.centre_id, s.region_code, s.departement_code, s.titre_version_id, s.date_debut::text, s.date_fin::text
        from sessions s where s.titre_version_id = ${popularVersionId}::uuid and s.statut in ('declaree', 'jury_constitue', 'validee') and s.date_debut >= '2023-07-04'
        order by s.numero limit 400`),
    );
    if (r4Sessions.length === 0) throw new Error("Aucune session de la version la plus convoquée dans le banc.");
    let eligibles = 0;
    console.log(`${label} — jurés à convoquer pour une session (R4, clause « déjà convoqué » sur session_jures), première page :`);
    const r = await timed(
      "4 rôles tour à tour",
      Array.from({ length: R4_QUERIES }, (_, i) => {
        const s = pick(r4Sessions);
        const user: CurrentUser = [national, { ...who, role: "regional", regionCode: s.region_code, departementCode: null }, { ...who, role: "regional", regionCode: s.region_code, departementCode: s.departement_code }, { ...who, role: "centre", centreId: s.centre_id }][i % 4] as CurrentUser;
        const criteria = { titreVersionId: s.titre_version_id, debut: s.date_debut, fin: s.date_fin, centreId: s.centre_id, sessionId: s.id };
        return () => queryConvocationList(user, criteria, { page: 1, pageSize: 20, sort: "nom", dir: "asc", filters: {} }, db);
      }),
      (page) => {
        if (!page) throw new Error("Liste R4 refusée pour une session du périmètre.");
        eligibles += page.eligibles;
      },
    );
    return { ...r, eligibles };
  }

  // Letters: one juror of a session (loaded in scope, then rendered), and a jury of 20 in one PDF. Every run
  // is another juror of another session: the PDF renderer remembers shaped text (lib/pdf/fonts.ts), and the
  // same letter again and again would measure that memory rather than a letter.
  const pairs = rowsOf<{ session_id: string; jure_id: string }>(
    await db.execute(sql`select distinct on (session_id) session_id, jure_id from session_jures where retire_at is null order by session_id, md5(jure_id::text) limit ${3 * (LETTER_RUNS + WARMUP)}`),
  );
  if (pairs.length < 3 * (LETTER_RUNS + WARMUP)) throw new Error(`${3 * (LETTER_RUNS + WARMUP)} sessions avec un juré attendues, ${pairs.length}.`);
  const [big] = rowsOf<{ session_id: string; n: number }>(await db.execute(sql`select session_id, count(*)::int as n from session_jures where retire_at is null group by session_id having count(*) = 20 limit 1`));
  console.log(`${label} — lettres de convocation (chargement dans le périmètre + rendu PDF) :`);
  const pdfOk = (pdf: Buffer | null) => {
    if (!pdf || pdf.subarray(0, 5).toString() !== "%PDF-") throw new Error("Lettre non rendue.");
  };
  /** The runs of one measurement, each on its own pair: the `part`-th third of the pairs, none seen before. */
  const runsOverPairs = <T>(part: number, run: (pair: (typeof pairs)[number]) => Promise<T>) => {
    const own = pairs.slice(part * (LETTER_RUNS + WARMUP), (part + 1) * (LETTER_RUNS + WARMUP));
    let next = 0;
    return Array.from({ length: LETTER_RUNS }, () => () => run(own[next++ % own.length]!));
  };
  const cpu0 = process.cpuUsage();
  const letter = await timed("une lettre (un juré)", runsOverPairs(0, async (p) => {
    const data = await loadConvocationLetters(db, national, p.session_id, p.jure_id);
    return data && renderConvocationsPdf(data);
  }), pdfOk);
  const cpu = process.cpuUsage(cpu0);
  // This process's processor time per letter (runs and warm-up): what the letter costs here, whatever the machine's load.
  const letterCpuMs = round((cpu.user + cpu.system) / 1000 / (LETTER_RUNS + WARMUP));
  console.log(`  ${"une lettre : temps processeur (ce processus)".padEnd(48)} ${letterCpuMs} ms par lettre`);
  const parts = LETTERS_ONLY
    ? {
        load: await timed("  dont chargement", runsOverPairs(1, (p) => loadConvocationLetters(db, national, p.session_id, p.jure_id)), (d) => {
          if (d?.lettres.length !== 1) throw new Error("Lettre non chargée.");
        }),
        render: await (async () => {
          const own = pairs.slice(2 * (LETTER_RUNS + WARMUP));
          const loaded = await Promise.all(own.map((p) => loadConvocationLetters(db, national, p.session_id, p.jure_id)));
          let next = 0;
          return timed("  dont rendu PDF", Array.from({ length: LETTER_RUNS }, () => () => renderConvocationsPdf(loaded[next++ % loaded.length]!)), pdfOk);
        })(),
      }
    : null;
  const letters20 = await timed("20 lettres en un PDF (jury de 20)", Array.from({ length: 10 }, () => async () => {
    const data = await loadConvocationLetters(db, national, big!.session_id);
    if (data?.lettres.length !== 20) throw new Error(`Jury de 20 attendu, ${data?.lettres.length} lettres.`);
    return renderConvocationsPdf(data);
  }), pdfOk);

  // The machine's load while measuring (shared CI machines): the figures above are read against it.
  const load1 = round(loadavg()[0]!);
  console.log(`${label} : charge de la machine (1 min) ${load1}`);
  return {
    list_p95_ms: roles ? Math.max(...Object.values(roles).map((r) => r.p95_ms)) : null,
    jures_p95_ms: r4?.p95_ms ?? null,
    letter_ms: letter.median_ms,
    letters20_ms: letters20.median_ms,
    detail: {
      list_p95_ms_by_role: roles ? Object.fromEntries(Object.entries(roles).map(([k, r]) => [k, r.p95_ms])) : null,
      jures_median_ms: r4?.median_ms ?? null,
      jures_mean_eligibles: r4 ? Math.round(r4.eligibles / (R4_QUERIES + WARMUP)) : null,
      letter_cpu_ms: letterCpuMs,
      letter_load_median_ms: parts?.load.median_ms ?? null,
      letter_render_median_ms: parts?.render.median_ms ?? null,
      load_average_1min: load1,
    },
  };
}

/** A session of the popular version gets 20 active jurors (17 more, habilitated, set-based): the 20-letter PDF. */
async function jury20(db: Db, popularVersionId: string) {
  await db.execute(sql`
    with s as (
      select id from sessions where titre_version_id = ${popularVersionId}::uuid and statut = 'jury_constitue' order by numero limit 1
    )
    insert into session_jures (session_id, jure_id, convoque_at)
    select s.id, h.jure_id, now() from s
    join lateral (
      select h.jure_id from habilitations h where h.titre_version_id = ${popularVersionId}::uuid
        and h.jure_id not in (select jure_id from session_jures where session_id = s.id and retire_at is null)
      order by h.jure_id limit 20 - (select count(*) from session_jures where session_id = s.id and retire_at is null)
    ) h on true`);
}

async function run(handle: DatabaseHandle, label: string, load: boolean) {
  const t0 = performance.now();
  if (load) {
    await handle.migrate();
    console.log(`${label} : chargement…`);
    const data = await seedSessionsBench(handle.db, console.log);
    console.log(`${label} : ${JSON.stringify(data.counts)} ${JSON.stringify(data.sessionCounts)}`);
  }
  const [popular] = rowsOf<{ id: string }>(
    await handle.db.execute(sql`select titre_version_id as id from habilitations group by titre_version_id order by count(*) desc, titre_version_id limit 1`),
  );
  await jury20(handle.db, popular!.id);
  const seedSeconds = round((performance.now() - t0) / 1000);
  console.log(`${label} : données prêtes en ${seedSeconds} s.`);
  return { ...(await measure(handle.db, label, popular!.id)), seed_s: seedSeconds };
}

async function onPostgres() {
  const existing = option("base");
  if (existing) {
    const handle = openPostgres(existing, { max: 2 });
    try {
      return await run(handle, "PostgreSQL (base existante)", false);
    } finally {
      await handle.close();
    }
  }
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = option("nom") ?? "bench_sessions";
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Nom de base invalide : ${name}`);
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), { max: 2 });
  try {
    return await run(handle, "PostgreSQL", true);
  } finally {
    await handle.close();
    if (args.includes("--conserver")) console.log(`Base conservée : --base=${target.toString()}`);
    else await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function onPglite() {
  const dir = mkdtempSync(path.join(tmpdir(), "ceres-bench-sessions-"));
  const handle = openPglite({ dataDir: path.join(dir, "data") });
  try {
    return await run(handle, "PGlite", true);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const pg = args.includes("--sans-postgres") ? null : await onPostgres();
const lite = args.includes("--sans-pglite") || option("base") ? null : await onPglite();
const keys = (r: typeof pg) => (r ? { list_p95_ms: r.list_p95_ms, jures_p95_ms: r.jures_p95_ms, letter_ms: r.letter_ms, letters20_ms: r.letters20_ms } : null);
console.log(
  JSON.stringify({
    bench: "sessions",
    ...(keys(pg) ?? { list_p95_ms: null, jures_p95_ms: null, letter_ms: null, letters20_ms: null }),
    pglite: keys(lite),
    targets: { list_p95_ms: 50, jures_p95_ms: 50, letter_ms: 20, letters20_ms: 300 },
    postgres_detail: pg ? { ...pg.detail, seed_s: pg.seed_s } : null,
    pglite_detail: lite ? { ...lite.detail, seed_s: lite.seed_s } : null,
  }),
);
