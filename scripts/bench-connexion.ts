import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { users } from "@/db/schema";
import { seedTerritoires } from "@/db/seed/territoires";
import { hashPassword } from "@/lib/auth/password";

/**
 * `npm run bench:connexion` (after `npx next build`): on a fresh PostgreSQL database, the built app is
 * flooded for 30 s by 50 parallel clients sending wrong passwords for the national account from one
 * address, through Auth.js's credentials endpoint (the same authorize → checkCredentials → limits path as
 * the form). Meanwhile a signed-in agent opens a page every 200 ms; at the end the real owner signs in
 * from another address. Not part of `npm test`.
 */
const CLIENTS = 50;
const FLOOD_MS = Number(process.env.BENCH_FLOOD_SECONDS ?? 30) * 1000;
const PORT = Number(process.env.BENCH_APP_PORT ?? process.env.E2E_APP_PORT ?? 3190);
const APP = `http://localhost:${PORT}`;
const PASSWORD = "Mot-de-passe-du-banc-2026";
const base = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `ceres_bench_connexion_${process.pid}`;
const url = new URL(base);
url.pathname = `/${name}`;

const admin = postgres(base, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${name}`);
const handle = openPostgres(url.toString(), { max: 2 });
await handle.migrate();
await handle.db.transaction((tx) => seedTerritoires(tx));
const passwordHash = await hashPassword(PASSWORD);
const owner = { email: "direction.nationale@travail.gouv.fr", password: PASSWORD };
const agent = { email: "thi.nguyen@dreets.gouv.fr", password: PASSWORD };
await handle.db.insert(users).values([
  { email: owner.email, prenom: "Søren", nom: "ØRSTED", role: "national", passwordHash },
  { email: agent.email, prenom: "Thị", nom: "NGUYỄN", role: "national", passwordHash },
]);
await handle.close();

const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
  env: { ...process.env, DATABASE_URL: url.toString(), AUTH_SECRET: "secret-du-banc-connexion-0123456789abcdef", AUTH_URL: APP, NEXT_TELEMETRY_DISABLED: "1" },
});

type Jar = Map<string, string>;
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keep(jar: Jar, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

/**
 * CPU time (ms) used so far by the server's processes (npx and next, one process group). Divided by the
 * attempts it is an upper bound of what one attempt costs: the agent's pages (≈20 ms each) and the server's
 * own activity are in it too, so it rises when the flood makes fewer attempts in the same 30 s.
 */
function serverCpuMs(group: number): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which sits in parentheses and may hold spaces.
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * tick;
}

let answeredByProxy = 0;

/** One sign-in through /api/auth/callback/credentials: "ok", "throttled" or "refused". */
async function signIn(email: string, password: string, ip: string, jar: Jar = new Map()): Promise<"ok" | "throttled" | "refused"> {
  const headers = { "X-Forwarded-For": ip };
  const csrf = await fetch(`${APP}/api/auth/csrf`, { headers: { ...headers, cookie: cookieHeader(jar) } });
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${APP}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: cookieHeader(jar), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  keep(jar, response);
  await response.arrayBuffer();
  const location = response.headers.get("location") ?? "";
  // Auth.js sends no Retry-After: the proxy's early refusal does (lib/auth/throttled-sign-in.ts).
  if (response.headers.has("retry-after")) answeredByProxy += 1;
  if (response.status === 429 || decodeURIComponent(location).includes("code=throttled")) return "throttled";
  return location.includes("error") ? "refused" : "ok";
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timePage(jar: Jar): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${APP}/`, { headers: { cookie: cookieHeader(jar), "X-Forwarded-For": "198.51.100.10" }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`La page de l'agent répond ${response.status}.`);
  return performance.now() - start;
}

try {
  for (let i = 0; ; i++) {
    if (i > 240) throw new Error("Le serveur n'a pas démarré.");
    if (await fetch(`${APP}/connexion`).then((r) => r.ok, () => false)) break;
    await sleep(500);
  }
  const agentJar: Jar = new Map();
  if ((await signIn(agent.email, agent.password, "198.51.100.10", agentJar)) !== "ok") throw new Error("L'agent n'a pas pu se connecter.");
  const before: number[] = [];
  for (let i = 0; i < 15; i++) before.push(await timePage(agentJar));

  const cpuBefore = serverCpuMs(server.pid!);
  const started = performance.now();
  const deadline = started + FLOOD_MS;
  let firstThrottledMs: number | null = null;
  const counts = { refused: 0, throttled: 0, ok: 0 };
  const flood = Array.from({ length: CLIENTS }, async (_, client) => {
    const jar: Jar = new Map();
    for (let n = 0; performance.now() < deadline; n++) {
      const outcome = await signIn(owner.email, `mauvais-${client}-${n}`, "203.0.113.66", jar);
      counts[outcome] += 1;
      if (outcome === "throttled" && firstThrottledMs === null) firstThrottledMs = performance.now() - started;
    }
  });
  const during: number[] = [];
  // Pages asked once the flood is throttled: the first seconds, while its first 20 passwords go through
  // argon2 as they must, are counted in `during` only.
  const afterThrottled: number[] = [];
  const pages = (async () => {
    while (performance.now() < deadline) {
      const tick = performance.now();
      const throttledAlready = firstThrottledMs !== null;
      const ms = await timePage(agentJar);
      during.push(ms);
      if (throttledAlready) afterThrottled.push(ms);
      await sleep(Math.max(0, 200 - (performance.now() - tick)));
    }
  })();
  await Promise.all([...flood, pages]);
  const floodCpuMs = serverCpuMs(server.pid!) - cpuBefore;
  const ownerOutcome = await signIn(owner.email, owner.password, "192.0.2.50");

  before.sort((a, b) => a - b);
  during.sort((a, b) => a - b);
  afterThrottled.sort((a, b) => a - b);
  const figures = {
    bench: "connexion",
    clients: CLIENTS,
    floodSeconds: FLOOD_MS / 1000,
    attempts: counts.refused + counts.throttled + counts.ok,
    refusedWrongPassword: counts.refused,
    throttled: counts.throttled,
    throttledByProxy: answeredByProxy,
    serverCpuMsPerAttempt: Number((floodCpuMs / Math.max(1, counts.refused + counts.throttled + counts.ok)).toFixed(2)),
    secondsUntilThrottled: firstThrottledMs === null ? null : Number(((firstThrottledMs as number) / 1000).toFixed(2)),
    pageBeforeMedianMs: Math.round(quantile(before, 0.5)),
    pageMedianMs: Math.round(quantile(during, 0.5)),
    pageP95Ms: Math.round(quantile(during, 0.95)),
    pageRequests: during.length,
    pageAfterThrottledMedianMs: Math.round(quantile(afterThrottled, 0.5)),
    pageAfterThrottledP95Ms: Math.round(quantile(afterThrottled, 0.95)),
    pageAfterThrottledRequests: afterThrottled.length,
    ownerSignedIn: ownerOutcome === "ok",
  };
  console.log(`Inondation : ${CLIENTS} clients, ${FLOOD_MS / 1000} s, ${figures.attempts} tentatives depuis une adresse`);
  console.log(`  freinée après              ${figures.secondsUntilThrottled ?? "jamais"} s (${counts.refused} refus « mot de passe incorrect », ${counts.throttled} « Trop de tentatives »)`);
  console.log(`  refusées par le proxy      ${answeredByProxy} ; temps processeur du serveur (pages comprises) ${figures.serverCpuMsPerAttempt} ms par tentative`);
  console.log(`  page de l'agent avant      médiane ${figures.pageBeforeMedianMs} ms`);
  console.log(`  page de l'agent pendant    médiane ${figures.pageMedianMs} ms   p95 ${figures.pageP95Ms} ms   (${during.length} requêtes)`);
  console.log(`  … une fois freinée          médiane ${figures.pageAfterThrottledMedianMs} ms   p95 ${figures.pageAfterThrottledP95Ms} ms   (${afterThrottled.length} requêtes)`);
  console.log(`  le titulaire se connecte   ${figures.ownerSignedIn ? "oui" : `non (${ownerOutcome})`}, depuis une autre adresse`);
  console.log(JSON.stringify(figures));
} finally {
  // npx starts next as its child: end the whole group this script started.
  process.kill(-server.pid!, "SIGTERM");
  await sleep(1000);
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
