import { loadavg } from "node:os";
import { register } from "node:module";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openPostgres, rowsOf, type Db } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { random, seedBench } from "./bench-jures-seed";
import { seedCentresAndAgrements, seedSessions } from "./bench-sessions-seed";

register("./bench/server-only-hook.mjs", import.meta.url);
const { validerSession } = await import("@/lib/resultats/valider-session");
const { listSessionsAValider } = await import("@/lib/resultats/validation-queue");

/**
 * `npm run bench:resultats` (PostgreSQL; a database of its own, `bench_resultats`, created through
 * DATABASE_URL's server and dropped at the end):
 * - validating a 500-candidate session in one transaction (results read, a numbered parchemin per title
 *   obtained, a livret per partial success, status, audit) with the application's `validerSession`,
 *   repeated over VALIDATIONS sessions, p95 — target 2 s;
 * - the UD's queue of sessions to validate, first page, among 200,000 sessions (the sessions bench's data,
 *   with the share it leaves `transmise`, about 3 % of the past, stamped `transmise_at`, each with
 *   candidates and results), p95 — target 50 ms.
 * Options: `--nom=NAME` names the database, `--conserver` keeps it. The last line is JSON.
 */
const VALIDATIONS = 15;
const CANDIDATS = 500;
const QUEUE_QUERIES = 200;
const WARMUP = 5;
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const who = { id: "00000000-0000-0000-0000-000000000000", email: "bench@ceres.test", prenom: "Banc", nom: "D'ESSAI" };

async function step(db: Db, label: string, statement: ReturnType<typeof sql>) {
  const t0 = performance.now();
  await db.execute(statement);
  console.log(`    ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

const CANDIDAT = `insert into candidats (id, civilite, nom_naissance, prenoms, date_naissance, naissance_commune_code, naissance_commune_nom,
  nom_naissance_normalise, premier_prenom_normalise, prenoms_normalises, lieu_naissance_cle, nom_phonetique)`;

/**
 * Candidates, inscriptions and results for the rows of a staging table (session_id, k, candidat_id,
 * inscription_id, decision): set-based, ids drawn once in the staging table so the three inserts agree.
 */
async function seedInscrits(db: Db, label: string, staging: string, prefix: string) {
  await step(
    db,
    `${label} : candidats`,
    sql.raw(`${CANDIDAT} select candidat_id, 'Madame', '${prefix} ' || candidat_id, 'Anaïs', '1990-01-01'::date + k, '30189', 'Nîmes',
      '${prefix.toLowerCase()} ' || candidat_id, 'anais', 'anais', 'c:30189', 'ban' from ${staging}`),
  );
  await step(db, `${label} : inscriptions`, sql.raw(`insert into inscriptions (id, session_id, candidat_id, parcours) select inscription_id, session_id, candidat_id, 'formation_continue' from ${staging}`));
  await step(db, `${label} : résultats`, sql.raw(`insert into resultats (inscription_id, presence, decision) select inscription_id, 'present', decision::decision_resultat from ${staging}`));
}

/** The transmitted sessions of the 200,000: stamped, and given 8 to 15 candidates with results each. */
async function seedQueue(db: Db) {
  await step(db, "transmise_at des sessions transmises", sql`update sessions set transmise_at = (date_fin + 2 + (hashtext(id::text) & 15))::timestamptz where statut = 'transmise'`);
  await db.execute(sql`
    create unlogged table bench_file as
    select s.id as session_id, k, gen_random_uuid() as candidat_id, gen_random_uuid() as inscription_id,
      (array['titre_obtenu', 'titre_obtenu', 'partiel', 'ajourne'])[1 + ((hashtext(s.id::text) + k) & 3)] as decision
    from sessions s cross join generate_series(1, 15) k where s.statut = 'transmise' and k <= 8 + (hashtext(s.id::text) & 7)`);
  await seedInscrits(db, "sessions transmises", "bench_file", "FILE");
  await db.execute(sql`drop table bench_file`);
}

/** VALIDATIONS sessions of CANDIDATS candidates in the Gard, transmitted, with results on a 3-CCP version. */
async function seedValidations(db: Db): Promise<{ id: string; version: number }[]> {
  const [version] = rowsOf<{ id: string }>(
    await db.execute(sql`insert into titre_versions (titre_id, millesime, date_version, niveau, rncp, nsf_code)
      select id, '99', '2024-01-01', 4, 'RNCP99999', '330t' from titres order by code limit 1 returning id`),
  );
  await db.execute(sql`insert into ccps (titre_version_id, numero, libelle) select ${version!.id}::uuid, n, 'CCP de banc ' || n from generate_series(1, 3) n`);
  await db.execute(sql`
    insert into sessions (numero, centre_id, site_id, titre_version_id, agrement_id, region_code, departement_code, date_debut, date_fin, convocation_at, capacite, statut, transmise_at)
    select '2026-30-9' || lpad(g::text, 4, '0'), ag.centre_id, ag.site_id, ${version!.id}::uuid, ag.id, '76', '30', '2026-05-04', '2026-05-05', '2026-05-04 08:00+02', 500, 'transmise', now() - interval '3 days'
    from (select a.id, a.centre_id, a.site_id from agrements a join centres c on c.id = a.centre_id where c.departement_code = '30' and a.statut = 'acceptee' order by a.id limit 1) ag
    cross join generate_series(1, ${VALIDATIONS}::int) g`);
  await db.execute(sql`
    create unlogged table bench_validation as
    select s.id as session_id, k, gen_random_uuid() as candidat_id, gen_random_uuid() as inscription_id,
      (array['titre_obtenu', 'titre_obtenu', 'titre_obtenu', 'partiel', 'partiel', 'ajourne'])[1 + k % 6] as decision
    from sessions s cross join generate_series(1, ${CANDIDATS}::int) k where s.numero like '2026-30-9%'`);
  await seedInscrits(db, `${VALIDATIONS} sessions de ${CANDIDATS} candidats à valider`, "bench_validation", "VALIDE");
  await step(
    db,
    "résultats par CCP",
    sql`insert into resultat_ccps (inscription_id, ccp_id, issue)
      select b.inscription_id, c.id, case when b.decision = 'titre_obtenu' or (b.decision = 'partiel' and c.numero = 1) then 'acquis' else 'non_acquis' end::issue_ccp
      from bench_validation b cross join ccps c where c.titre_version_id = ${version!.id}::uuid`,
  );
  await db.execute(sql`drop table bench_validation`);
  await db.execute(sql`update departements set ud_commune_code = '30189', ud_commune_nom = 'Nîmes' where code = '30'`);
  await db.execute(sql`vacuum analyze`);
  return rowsOf<{ id: string; version: number }>(await db.execute(sql`select id, version from sessions where numero like '2026-30-9%' order by numero`));
}

async function measureValidations(db: Db, targets: { id: string; version: number }[]) {
  const ud30: CurrentUser = { ...who, role: "regional", regionCode: "76", departementCode: "30" };
  await db.execute(sql`insert into users (id, email, prenom, nom, role, region_code, departement_code) values (${who.id}, ${who.email}, ${who.prenom}, ${who.nom}, 'regional', '76', '30') on conflict do nothing`);
  const times: number[] = [];
  let parchemins = 0;
  let livrets = 0;
  for (const target of targets) {
    const t0 = performance.now();
    const result = await validerSession(ud30, target, db);
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`validation refusée : ${result.message}`);
    parchemins += result.data.parchemins;
    livrets += result.data.livrets;
  }
  const [check] = rowsOf<{ n: number; distincts: number; sans: number }>(
    await db.execute(sql`select count(*)::int as n, count(distinct numero)::int as distincts, count(*) filter (where numero is null)::int as sans from parchemins`),
  );
  if (check!.n !== parchemins || check!.distincts !== parchemins || check!.sans !== 0) throw new Error(`parchemins incohérents : ${JSON.stringify(check)}`);
  const sorted = [...times].sort((a, b) => a - b);
  const r = { median_s: round(quantile(sorted, 50) / 1000, 3), p95_s: round(quantile(sorted, 95) / 1000, 3), max_s: round(sorted.at(-1)! / 1000, 3), n: times.length, parchemins, livrets };
  console.log(`  validation d'une session de ${CANDIDATS} candidats : médiane ${r.median_s} s   p95 ${r.p95_s} s   max ${r.max_s} s   (${r.n} sessions, ${parchemins} parchemins numérotés, ${livrets} livrets)`);
  return r;
}

async function measureQueue(db: Db) {
  const rand = random(12);
  const places = rowsOf<{ region_code: string; departement_code: string }>(
    await db.execute(sql`select distinct region_code, departement_code from sessions where statut = 'transmise' and numero not like '2026-30-9%'`),
  );
  const [counts] = rowsOf<{ sessions: number; transmises: number }>(await db.execute(sql`select count(*)::int as sessions, count(*) filter (where statut = 'transmise')::int as transmises from sessions`));
  console.log(`  ${counts!.sessions} sessions, dont ${counts!.transmises} transmises (${places.length} départements)`);
  const page = { page: 1, pageSize: 20, sort: "transmiseAt" as const, dir: "asc" as const, filters: {} };
  const run = async (label: string, users: CurrentUser[]) => {
    for (const user of users.slice(0, WARMUP)) await listSessionsAValider(user, page, db);
    const times: number[] = [];
    for (const user of users) {
      const t0 = performance.now();
      const result = await listSessionsAValider(user, page, db);
      times.push(performance.now() - t0);
      if (result.rows.length === 0 && user.role === "regional" && user.departementCode) throw new Error("file vide pour un département qui a des sessions transmises");
    }
    times.sort((a, b) => a - b);
    const r = { median_ms: round(quantile(times, 50)), p95_ms: round(quantile(times, 95)), n: times.length };
    console.log(`  file à valider, première page — ${label.padEnd(12)} médiane ${String(r.median_ms).padStart(6)} ms   p95 ${String(r.p95_ms).padStart(6)} ms   (${r.n})`);
    return r;
  };
  const pick = () => places[Math.floor(rand() * places.length)]!;
  const ud = await run("UD", Array.from({ length: QUEUE_QUERIES }, () => { const p = pick(); return { ...who, role: "regional", regionCode: p.region_code, departementCode: p.departement_code } as CurrentUser; }));
  const dreets = await run("DREETS", Array.from({ length: QUEUE_QUERIES / 2 }, () => ({ ...who, role: "regional", regionCode: pick().region_code, departementCode: null }) as CurrentUser));
  const national = await run("national", Array.from({ length: QUEUE_QUERIES / 4 }, () => ({ ...who, role: "national" }) as CurrentUser));
  return { ud, dreets, national, ...counts! };
}

const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = option("nom") ?? "bench_resultats";
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Nom de base invalide : ${name}`);
const admin = postgres(url, { max: 1, onnotice: () => {} });
await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE ${name}`);
const target = new URL(url);
target.pathname = `/${name}`;
const handle = openPostgres(target.toString(), { max: 4 });
let result;
try {
  const t0 = performance.now();
  await handle.migrate();
  console.log("PostgreSQL : chargement (jurés réduits à 5 000 : seules les sessions comptent ici)…");
  await seedBench(handle.db, { jures: 5_000, habilitations: 15_000, periodes: 20_000 });
  await seedCentresAndAgrements(handle.db, console.log);
  await seedSessions(handle.db, console.log);
  await seedQueue(handle.db);
  const targets = await seedValidations(handle.db);
  console.log(`PostgreSQL : données prêtes en ${round((performance.now() - t0) / 1000)} s (charge ${loadavg().map((l) => l.toFixed(2)).join(" ")}).`);
  const queue = await measureQueue(handle.db);
  const validations = await measureValidations(handle.db, targets);
  result = { queue, validations };
} finally {
  await handle.close();
  if (args.includes("--conserver")) console.log(`Base conservée : ${target.toString()}`);
  else await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
console.log(
  JSON.stringify({
    bench: "resultats",
    validate500_p95_s: result.validations.p95_s,
    queue_p95_ms: result.queue.ud.p95_ms,
    targets: { validate500_p95_s: 2, queue_p95_ms: 50 },
    detail: { validate500_median_s: result.validations.median_s, validations: result.validations.n, parchemins: result.validations.parchemins, livrets: result.validations.livrets, queue_dreets_p95_ms: result.queue.dreets.p95_ms, queue_national_p95_ms: result.queue.national.p95_ms, sessions: result.queue.sessions, transmises: result.queue.transmises, load: loadavg()[0] },
  }),
);
