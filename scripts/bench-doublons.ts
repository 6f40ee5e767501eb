import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { identityKeys } from "@/lib/candidats/identity";
import { oneDigitDates, swapDayMonth } from "@/lib/candidats/matching/dates";
import { findMatches } from "@/lib/candidats/matching/find-matches";
import { SEUIL_DOUBLON } from "@/lib/candidats/matching/score";
import { mergeCandidats } from "@/lib/candidats/merge/merge-candidats";
import { runDuplicateScan } from "@/lib/candidats/scan/run-scan";
import { communePool, generatePeople, keyOf, plantDuplicates, type BenchPerson, type Noise } from "./bench/doublons-data";
import { percentile, seededRandom } from "./bench/typos";

/**
 * `npm run bench:doublons`: 1,000,000 candidates (+ 20,000 planted duplicates) in a database of its own
 * (bench_doublons on the DATABASE_URL server, dropped at the end); the national scan timed; recall and
 * precision on the planted pairs at the default threshold (and around it); the creation check p95 over
 * 500 identities; the merge p95 (mergeCandidats of the cmerge branch) over 200 planted pairs. Last line: JSON.
 * BENCH_TAILLE=100000 for a smaller run.
 */
const TAILLE = Number(process.env.BENCH_TAILLE ?? 1_000_000);
const PLANTES = Math.round(TAILLE / 50);
const CHECKS = 500;
const MERGES = 200;
const DB_NAME = "bench_doublons";

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${database}`;
  return url.toString();
}

async function insertPeople(client: postgres.Sql, people: BenchPerson[]): Promise<void> {
  const cols = {
    id: [] as string[],
    civilite: [] as string[],
    nom_naissance: [] as string[],
    nom_usage: [] as (string | null)[],
    prenoms: [] as string[],
    date_naissance: [] as string[],
    naissance_commune_code: [] as (string | null)[],
    naissance_commune_nom: [] as (string | null)[],
    naissance_pays_code: [] as (string | null)[],
    naissance_ville: [] as (string | null)[],
    nom_naissance_normalise: [] as string[],
    nom_usage_normalise: [] as (string | null)[],
    premier_prenom_normalise: [] as string[],
    prenoms_normalises: [] as string[],
    lieu_naissance_cle: [] as string[],
    nom_phonetique: [] as string[],
  };
  for (const p of people) {
    const k = identityKeys({ nomNaissance: p.nomNaissance, nomUsage: p.nomUsage, prenoms: p.prenoms, naissanceCommuneCode: p.communeCode });
    cols.id.push(p.id);
    cols.civilite.push(p.civilite);
    cols.nom_naissance.push(p.nomNaissance);
    cols.nom_usage.push(p.nomUsage);
    cols.prenoms.push(p.prenoms);
    cols.date_naissance.push(p.dateNaissance);
    cols.naissance_commune_code.push(p.communeCode);
    cols.naissance_commune_nom.push(p.communeCode ? `Commune ${p.communeCode}` : null);
    // A birth place unknown in a legacy record: France, no city.
    cols.naissance_pays_code.push(p.communeCode ? null : "99100");
    cols.naissance_ville.push(p.communeCode ? null : "");
    cols.nom_naissance_normalise.push(k.nomNaissanceNormalise);
    cols.nom_usage_normalise.push(k.nomUsageNormalise);
    cols.premier_prenom_normalise.push(k.premierPrenomNormalise);
    cols.prenoms_normalises.push(k.prenomsNormalises);
    cols.lieu_naissance_cle.push(k.lieuNaissanceCle);
    cols.nom_phonetique.push(k.nomPhonetique);
  }
  const names = Object.keys(cols);
  const types = names.map((n) => (n === "id" ? "uuid[]" : n === "date_naissance" ? "date[]" : "text[]"));
  await client.unsafe(
    `insert into candidats (${names.join(", ")}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}`).join(", ")})`,
    Object.values(cols) as never[],
  );
}

async function main() {
  const admin = postgres(serverUrl("postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${DB_NAME}`);
  const handle = openPostgres(serverUrl(DB_NAME), { max: 4 });
  const client = postgres(serverUrl(DB_NAME), { max: 1, onnotice: () => {} });
  try {
    await handle.migrate();
    const t0 = performance.now();
    const rand = seededRandom(7);
    const ids = () => randomUUID();
    const communes = communePool(rand);
    const people = generatePeople(TAILLE, 11, communes, ids);
    const taken = new Set(people.map(keyOf));
    const planted = plantDuplicates(people, PLANTES, 13, communes, ids, taken);
    await client`insert into pays (code, nom, search_name) values ('99100', 'France', 'france')`;
    const succ = [...communes.successeurs];
    await client.unsafe(
      `insert into communes (code, nom, kind, departement_code, valid_from, valid_to, successor_code, search_name)
       select c, 'Ancienne ' || c, 'commune', left(c, 2), '1943-01-01', '2016-01-01', s, 'ancienne ' || c from unnest($1::text[], $2::text[]) as t(c, s)`,
      [succ.map(([c]) => c), succ.map(([, s]) => s)] as never[],
    );
    const all = [...people, ...planted.map((p) => p.copy)];
    for (let i = 0; i < all.length; i += 20_000) await insertPeople(client, all.slice(i, i + 20_000));
    await client`analyze candidats`;
    const noiseCount = new Map<Noise, number>();
    for (const p of planted) for (const n of p.noises) noiseCount.set(n, (noiseCount.get(n) ?? 0) + 1);
    console.log(`${all.length} fiches chargées en ${((performance.now() - t0) / 1000).toFixed(1)} s, dont ${planted.length} doublons plantés (${[...noiseCount].map(([n, c]) => `${n} ${c}`).join(", ")}).`);

    // The national scan, at a lower threshold so that the curve around the default one can be reported.
    const [scan] = await client<{ id: string }[]>`insert into doublon_scans default values returning id`;
    const s0 = performance.now();
    const result = await runDuplicateScan(handle.db, scan!.id, (p) => console.log(`  analyse : ${p.avancement}/${p.total}, ${p.paires} paires${p.bloc ? ` (bloc ${p.bloc} : ${p.comparees} paires comparées en ${p.ms} ms)` : ""}`), { seuil: 0.7 });
    const scanSeconds = (performance.now() - s0) / 1000;
    console.log(`Analyse complète : ${scanSeconds.toFixed(1)} s, ${result.paires} paires au seuil 0,7.`);

    const truth = new Map(planted.map((p) => [(p.original.id < p.copy.id ? `${p.original.id}|${p.copy.id}` : `${p.copy.id}|${p.original.id}`), p]));
    const found = await client<{ a: string; b: string; score: number }[]>`select candidat_a_id as a, candidat_b_id as b, score from candidat_doublons`;
    const metrics = (seuil: number) => {
      const kept = found.filter((f) => f.score >= seuil - 1e-9);
      const tp = kept.filter((f) => truth.has(`${f.a}|${f.b}`)).length;
      return { seuil, paires: kept.length, recall: tp / truth.size, precision: kept.length ? tp / kept.length : 1 };
    };
    for (const seuil of [0.7, 0.75, 0.8, 0.85, 0.9]) {
      const m = metrics(seuil);
      console.log(`  seuil ${seuil} : ${m.paires} paires, rappel ${m.recall.toFixed(4)}, précision ${m.precision.toFixed(4)}`);
    }
    const foundKeys = new Set(found.filter((f) => f.score >= SEUIL_DOUBLON).map((f) => `${f.a}|${f.b}`));
    const missedByNoise = new Map<string, number>();
    for (const [key, p] of truth) if (!foundKeys.has(key)) missedByNoise.set(p.noises.join("+"), (missedByNoise.get(p.noises.join("+")) ?? 0) + 1);
    console.log(`  manqués au seuil ${SEUIL_DOUBLON} par bruit : ${[...missedByNoise].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, c]) => `${n} ${c}`).join(", ")}`);
    const atDefault = metrics(SEUIL_DOUBLON);

    // The creation check: half of the identities are planted variants of existing people, half new people.
    const checkRand = seededRandom(17);
    const fresh = generatePeople(CHECKS, 99, communes, ids);
    const timings: number[] = [];
    for (let i = 0; i < CHECKS + 20; i++) {
      const p = i % 2 === 0 ? planted[Math.floor(checkRand() * planted.length)]!.copy : fresh[i % fresh.length]!;
      const c0 = performance.now();
      await findMatches(handle.db, { nomNaissance: p.nomNaissance, nomUsage: p.nomUsage, prenoms: p.prenoms, dateNaissance: p.dateNaissance, naissanceCommuneCode: p.communeCode, civilite: p.civilite });
      if (i >= 20) timings.push(performance.now() - c0);
    }
    timings.sort((a, b) => a - b);
    const checkP95 = percentile(timings, 0.95);
    console.log(`Contrôle à la création : médiane ${percentile(timings, 0.5).toFixed(2)} ms, p95 ${checkP95.toFixed(2)} ms (${CHECKS} identités).`);

    // The server's side of one check, to tell the database's time from the client's on a loaded machine.
    const sample = planted[0]!.copy;
    const k = identityKeys({ nomNaissance: sample.nomNaissance, prenoms: sample.prenoms, naissanceCommuneCode: sample.communeCode });
    const plan = await client.unsafe(
      `explain (analyze, buffers) select id from candidats where merged_into_id is null and (date_naissance = any($1::date[]) or (nom_phonetique = $2 and date_naissance = any($3::date[])))`,
      [[sample.dateNaissance, swapDayMonth(sample.dateNaissance) ?? sample.dateNaissance], k.nomPhonetique, oneDigitDates(sample.dateNaissance)] as never[],
    );
    console.log(plan.map((r) => `  ${String((r as Record<string, unknown>)["QUERY PLAN"])}`).join("\n"));

    // The merge (branch cmerge): planted pairs merged one by one by a national agent, survivor's values kept.
    const [agent] = await client<{ id: string; email: string; prenom: string; nom: string }[]>`
      insert into users (email, prenom, nom, role) values ('banc@ceres.test', 'Banc', 'ESSAI', 'national') returning id, email, prenom, nom`;
    const user = { ...agent!, role: "national" as const };
    const merges: number[] = [];
    for (const [i, p] of planted.slice(0, MERGES + 10).entries()) {
      const versions = await client<{ id: string; version: number }[]>`select id, version from candidats where id in (${p.original.id}, ${p.copy.id})`;
      const version = (id: string) => versions.find((v) => v.id === id)!.version;
      const m0 = performance.now();
      const merged = await mergeCandidats(user, { survivantId: p.original.id, fusionneId: p.copy.id, versionSurvivant: version(p.original.id), versionFusionne: version(p.copy.id), choix: {} }, handle.db);
      if (!merged.ok) throw new Error(`fusion refusée : ${merged.message}`);
      if (i >= 10) merges.push(performance.now() - m0);
    }
    merges.sort((a, b) => a - b);
    const mergeP95 = percentile(merges, 0.95);
    console.log(`Fusion : médiane ${percentile(merges, 0.5).toFixed(2)} ms, p95 ${mergeP95.toFixed(2)} ms (${MERGES} paires plantées).`);

    console.log(
      JSON.stringify({
        scan_s: Number(scanSeconds.toFixed(1)),
        recall: Number(atDefault.recall.toFixed(4)),
        precision: Number(atDefault.precision.toFixed(4)),
        check_p95_ms: Number(checkP95.toFixed(2)),
        merge_p95_ms: Number(mergeP95.toFixed(2)),
        seuil: SEUIL_DOUBLON,
        fiches: all.length,
        doublons_plantes: planted.length,
      }),
    );
  } finally {
    await client.end();
    await handle.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
