import { spawn } from "node:child_process";
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { openPostgres, rowsOf, type Db } from "@/db/client";
import { parchemins } from "@/db/schema";
import { loadParcheminsImprimes } from "@/lib/parchemins/imprime";
import { CROCKFORD, formatParcheminNumero, generateParcheminNumero } from "@/lib/parchemins/numero";
import { signedVerificationUrl } from "@/lib/parchemins/signature";
import { SIGNING_KEY_ENV } from "@/lib/parchemins/signing-key";
import { createScopeCast } from "@/tests/fixtures/factories";
import { createSessionAvecCandidats } from "@/tests/fixtures/resultats";

/**
 * `npm run bench:verification`: the public verification page at national scale. On PostgreSQL
 * (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), in a database of its own
 * (`bench_verification`), loads 3,000,000 parchemins — twenty years of titles at 150,000 a year — each with
 * its own inscription and candidate (the unique index allows one live parchemin per inscription: 3 M titles
 * are 3 M inscriptions; one person in a hundred is given here two titles would change nothing to the
 * lookup, which reads one row of each table by its key), 1 % of them annulled, spread over 20 sessions
 * (the lookup never reads the session). Numbers are valid Crockford numbers computed in SQL: the ten data
 * characters are the base-32 digits of a 50-bit value v = i·M mod 2^50 (M odd, so distinct for distinct
 * i, and scattered), and the check character is v mod 37 (the check of numero.ts is the value of the data
 * characters mod 37); values whose check would fall outside the alphabet are skipped, as the generator does.
 *
 * Then it serves the built app (`next start`, which needs `npx next build` beforehand) on this database and
 * asks ~200 verification pages over HTTP, one after another, each from its own client address (the limit
 * of 30 lookups a minute per address holds, and its PostgreSQL round trip is in the time): half existing
 * numbers (a quarter of them with the QR code's signed payload), a quarter unknown numbers with a valid
 * check character, a quarter malformed or mistyped ones. p95 of the full answer (headers and body) — target
 * 20 ms. Options: `--nombre=N` (parchemins, default 3,000,000), `--requetes=N` (default 200), `--port=P`
 * (default 3260), `--conserver` keeps the database, `--charger-seulement` loads it and stops (implies
 * keeping it), `--deja-charge` reuses a database already loaded. It also times the same lookups in process
 * (`lookup_p95_ms`: the database's share of the page). The last line is JSON: {"bench":"verification","verify_p95_ms":…}.
 */

export type VerificationBenchOptions = {
  databaseUrl?: string;
  nombre?: number;
  requetes?: number;
  port?: number;
  conserver?: boolean;
  dejaCharge?: boolean;
  /** Load the database and stop (to measure later with `dejaCharge`). */
  chargerSeulement?: boolean;
  log?: (line: string) => void;
};

export type VerificationBenchResult = {
  bench: "verification";
  verify_p95_ms: number;
  verify_median_ms: number;
  verify_max_ms: number;
  parchemins: number;
  requetes: number;
  seed_s: number | null;
  /** The same lookups in process (the printed fields by number, no HTTP, no rendering): the database's share. */
  lookup_p95_ms: number;
  load_average_1min: number;
};

const DB_NAME = "bench_verification";
const MULTIPLIER = 1_836_311_903_423n; // odd, below 2^41 (i·M stays within a bigint): i ↦ i·M mod 2^50 is one-to-one
const round = (n: number) => Math.round(n * 10) / 10;
const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** The SQL expression of the stored number of the value `v` (bigint, < 2^50). */
function numeroSql(v: string): string {
  const digits = Array.from({ length: 10 }, (_, k) => `substr('${CROCKFORD}', (((${v}) >> ${5 * (9 - k)}) & 31)::int + 1, 1)`);
  return `${digits.join(" || ")} || substr('${CROCKFORD}', ((${v}) % 37)::int + 1, 1)`;
}

async function seed(db: Db, nombre: number, log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  const step = (label: string) => log(`  ${label} (${round((performance.now() - t0) / 1000)} s)`);
  await db.execute(sql`set synchronous_commit = off`);
  const cast = await createScopeCast(db);
  const first = await createSessionAvecCandidats(db, { centreId: cast.centreGard.id, candidats: 1, statut: "validee" });
  const sessions = [first.session.id];
  for (let i = 1; i < 20; i++) {
    sessions.push((await createSessionAvecCandidats(db, { centreId: cast.centreGard.id, candidatIds: [...first.candidatIds], statut: "validee" })).session.id);
  }
  step("référentiels, centre et 20 sessions");

  await db.execute(sql.raw(`create table bench_numeros (n int primary key, numero text not null)`));
  await db.execute(
    sql.raw(`insert into bench_numeros (n, numero)
      select row_number() over (order by i)::int, ${numeroSql("v")}
      from (select i, (i * ${MULTIPLIER}::bigint) & ${(1n << 50n) - 1n}::bigint as v from generate_series(1, ${Math.ceil(nombre * 1.2)}::bigint) i) g
      where v % 37 < 32
      order by i limit ${nombre}`),
  );
  step(`${nombre} numéros`);

  // The lookup reads parchemins by number, then the inscription and the candidate by primary key: the
  // candidates' matching indexes (trigram GIN, phonetic, identity) play no part in it and made most of the
  // loading time. They are dropped in this bench database only; the parchemins keep all theirs.
  await db.execute(
    sql.raw(`drop index candidats_nom_trgm_idx, candidats_phonetique_idx, candidats_naissance_idx, candidats_identite_unique, candidats_centre_idx, candidats_merged_idx, inscriptions_candidat_idx`),
  );
  const sessionArray = `array[${sessions.map((s) => `'${s}'::uuid`).join(",")}]`;
  const CHUNK = 500_000;
  for (let from = 1; from <= nombre; from += CHUNK) {
    const to = Math.min(nombre, from + CHUNK - 1);
    // Identities: 40 birth names × 50 given names × 18,000 birth dates, distinct for n < 36 M (the R5 unique index).
    await db.execute(
      sql.raw(`insert into candidats (id, civilite, nom_naissance, prenoms, date_naissance, naissance_commune_code, naissance_commune_nom,
          nom_naissance_normalise, premier_prenom_normalise, prenoms_normalises, lieu_naissance_cle, nom_phonetique)
        select md5('c' || n)::uuid, case when n % 2 = 0 then 'Madame' else 'Monsieur' end,
          nom, prenom, date '1950-01-01' + ((n / 2000) % 18000)::int, '30189', 'Nîmes',
          lower(nom), lower(prenom), lower(prenom), 'c:30189', upper(left(nom, 4))
        from (select n,
          (array['NGUYỄN','ØRSTED','KOWALSKI','DUPONT-L''HERMITTE','ÅSTRÖM','MARTIN','BERNARD','THOMAS','PETIT','ROBERT',
                 'RICHARD','DURAND','DUBOIS','MOREAU','LAURENT','SIMON','MICHEL','LEFÈVRE','LEROY','ROUX',
                 'DAVID','BERTRAND','MOREL','FOURNIER','GIRARD','BONNET','DUPONT','LAMBERT','FONTAINE','ROUSSEAU',
                 'VINCENT','MULLER','LEFEBVRE','FAURE','ANDRÉ','MERCIER','BLANC','GUÉRIN','BOYER','GARNIER'])[1 + n % 40] as nom,
          (array['Thị Lan','Søren','Łukasz','Zoë Marie','Anaïs','Camille','Léa','Hugo','Chloé','Louis','Inès','Jules','Manon','Gabriel',
                 'Emma','Lucas','Jade','Arthur','Louise','Adam','Alice','Raphaël','Lina','Nathan','Rose','Paul','Mila','Tom','Anna','Noah',
                 'Ambre','Léo','Julia','Ethan','Mia','Sacha','Agathe','Théo','Lou','Maël','Eva','Nino','Zoé','Éloïse','Yanis','Nour',
                 'Iris','Malo','Romane','Aylin'])[1 + (n / 40) % 50] as prenom
          from generate_series(${from}, ${to}) n) g`),
    );
    await db.execute(
      sql.raw(`insert into inscriptions (id, session_id, candidat_id, parcours)
        select md5('i' || n)::uuid, (${sessionArray})[1 + n % 20], md5('c' || n)::uuid, 'formation_continue'
        from generate_series(${from}, ${to}) n`),
    );
    await db.execute(
      sql.raw(`insert into parchemins (inscription_id, numero, delivre_le, departement_code, lieu_delivrance_code, lieu_delivrance_nom,
          titre_code, titre_intitule, niveau, nsf_code, rncp, statut, annule_at, motif_annulation)
        select md5('i' || b.n)::uuid, b.numero, date '2007-01-01' + (b.n % 7300), '30', '30189', 'Nîmes',
          'TP-00391', 'Assistant(e) de vie aux familles', 3, '330t', 'RNCP36839',
          case when b.n % 100 = 0 then 'annule'::parchemin_statut else 'valide'::parchemin_statut end,
          case when b.n % 100 = 0 then date '2007-01-01' + (b.n % 7300) + 90 end,
          case when b.n % 100 = 0 then 'Fraude constatée' end
        from bench_numeros b where b.n between ${from} and ${to}`),
    );
    step(`${to} candidats, inscriptions et parchemins`);
  }
  await db.execute(sql.raw(`analyze candidats; analyze inscriptions; analyze parchemins`));
  step("analyse");
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} ne répond pas.`);
}

/** The ~200 URLs asked: existing numbers (some with their signed payload), unknown ones, malformed ones. */
async function sampleUrls(db: Db, base: string, requetes: number, key: KeyObject): Promise<{ url: string; found: boolean }[]> {
  const existing = rowsOf<{ numero: string }>(await db.execute(sql`select numero from parchemins tablesample system (0.1) where numero is not null limit ${requetes}`));
  const urls: { url: string; found: boolean }[] = [];
  for (let i = 0; i < requetes; i++) {
    const numero = existing[i % existing.length]!.numero;
    switch (i % 8) {
      case 0:
      case 4: {
        const [imprime] = await loadParcheminsImprimes(db, eq(parchemins.numero, numero));
        urls.push({ url: signedVerificationUrl(imprime!, base, key), found: true });
        break;
      }
      case 1:
      case 5:
        urls.push({ url: `${base}/verifier/${formatParcheminNumero(numero)}`, found: true });
        break;
      case 2:
      case 6:
        urls.push({ url: `${base}/verifier/${formatParcheminNumero(generateParcheminNumero())}`, found: false });
        break;
      case 3:
        urls.push({ url: `${base}/verifier/${encodeURIComponent(numero.toLowerCase().slice(0, 9))}`, found: false });
        break;
      default: {
        const swapped = numero[1]! + numero[0]! + numero.slice(2);
        urls.push({ url: `${base}/verifier/${swapped === numero ? "ZZZZZZZZZZZ" : swapped}`, found: false });
      }
    }
  }
  return urls;
}

export async function measureVerification(options: VerificationBenchOptions = {}): Promise<VerificationBenchResult> {
  const log = options.log ?? console.log;
  const nombre = options.nombre ?? 3_000_000;
  const requetes = options.requetes ?? 200;
  const port = options.port ?? 3260;
  const serverUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const url = new URL(serverUrl);
  url.pathname = `/${DB_NAME}`;

  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  let seedSeconds: number | null = null;
  if (!options.dejaCharge) {
    await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
    await admin.unsafe(`create database ${DB_NAME}`);
  }
  const handle = openPostgres(url.toString(), { max: 2 });
  const key = generateKeyPairSync("ed25519").privateKey;
  let server: ReturnType<typeof spawn> | undefined;
  try {
    if (!options.dejaCharge) {
      const t0 = performance.now();
      await handle.migrate();
      log(`Chargement de ${nombre} parchemins dans ${DB_NAME}…`);
      await seed(handle.db, nombre, log);
      seedSeconds = round((performance.now() - t0) / 1000);
    }
    const [{ count }] = rowsOf<{ count: number }>(await handle.db.execute(sql`select count(*)::int as count from parchemins`)) as [{ count: number }];
    log(`${count} parchemins en base.`);
    if (options.chargerSeulement) return { bench: "verification", verify_p95_ms: NaN, verify_median_ms: NaN, verify_max_ms: NaN, parchemins: count, requetes: 0, seed_s: seedSeconds, lookup_p95_ms: NaN, load_average_1min: round(loadavg()[0]!) };

    if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) throw new Error("Construisez l'application d'abord : npx next build.");
    const base = `http://localhost:${port}`;
    server = spawn("npx", ["next", "start", "-p", String(port)], {
      detached: true, // its own process group, so that stopping it stops next-server too
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: url.toString(),
        AUTH_SECRET: "secret-bench-verification-0123456789abcdef",
        AUTH_URL: base,
        [SIGNING_KEY_ENV]: key.export({ format: "pem", type: "pkcs8" }).toString(),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    await waitFor(`${base}/verifier`, 120_000);
    const urls = await sampleUrls(handle.db, base, requetes, key);

    let client = 0;
    const ask = async (target: { url: string; found: boolean }) => {
      client += 1;
      const t0 = performance.now();
      const response = await fetch(target.url, { headers: { "x-forwarded-for": `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}` } });
      const body = await response.text();
      const elapsed = performance.now() - t0;
      const found = body.includes('data-testid="parchemin-verifie"');
      if (response.status !== 200 || found !== target.found || (!found && !body.includes("Aucun parchemin ne correspond à ce numéro."))) {
        throw new Error(`Réponse inattendue pour ${target.url} : ${response.status}, trouvé ${found}.`);
      }
      if (target.url.includes("?s=") && !body.includes("Signature valide")) throw new Error(`Signature non reconnue pour ${target.url}.`);
      return elapsed;
    };
    for (const target of urls.slice(0, 20)) await ask(target); // compilation of the route, plans, pools
    const times: number[] = [];
    for (const target of urls) times.push(await ask(target));
    times.sort((a, b) => a - b);
    const lookups: number[] = [];
    for (const target of urls) {
      const numero = decodeURIComponent(new URL(target.url).pathname.split("/").pop()!).replace(/-/g, "");
      const t0 = performance.now();
      await loadParcheminsImprimes(handle.db, eq(parchemins.numero, numero));
      lookups.push(performance.now() - t0);
    }
    lookups.sort((a, b) => a - b);
    const load = round(loadavg()[0]!);
    const result: VerificationBenchResult = {
      bench: "verification",
      verify_p95_ms: round(quantile(times, 95)),
      verify_median_ms: round(quantile(times, 50)),
      verify_max_ms: round(times.at(-1)!),
      parchemins: count,
      requetes: times.length,
      seed_s: seedSeconds,
      lookup_p95_ms: round(quantile(lookups, 95)),
      load_average_1min: load,
    };
    log(`Page de vérification (HTTP, next start) : médiane ${result.verify_median_ms} ms, p95 ${result.verify_p95_ms} ms, max ${result.verify_max_ms} ms sur ${times.length} requêtes ; lecture seule en base p95 ${result.lookup_p95_ms} ms ; charge ${load}.`);
    return result;
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await handle.close();
    if (!options.conserver) await admin.unsafe(`drop database if exists ${DB_NAME} with (force)`);
    await admin.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const result = await measureVerification({
    nombre: option("nombre") ? Number(option("nombre")) : undefined,
    requetes: option("requetes") ? Number(option("requetes")) : undefined,
    port: option("port") ? Number(option("port")) : undefined,
    conserver: args.includes("--conserver") || args.includes("--charger-seulement"),
    dejaCharge: args.includes("--deja-charge"),
    chargerSeulement: args.includes("--charger-seulement"),
  });
  console.log(JSON.stringify({ bench: result.bench, verify_p95_ms: result.verify_p95_ms, verify_median_ms: result.verify_median_ms, parchemins: result.parchemins, requetes: result.requetes, seed_s: result.seed_s, lookup_p95_ms: result.lookup_p95_ms, load_average_1min: result.load_average_1min }));
  process.exit(0);
}
