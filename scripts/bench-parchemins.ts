import { loadavg } from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { renderParcheminsPdf, renderParcheminsStream } from "@/lib/parchemins/pdf/render";
import { parcheminsHtml } from "./bench/parchemin-html";
import { parcheminsDeBench } from "./bench/parchemins-data";
import { measureVerification } from "./bench-verification";

/**
 * `npm run bench:parchemins` (not part of `npm test`): the parchemin PDF with the application's own renderer.
 * - one parchemin, warm, median — target ≤ 15 ms;
 * - a session of 500 parchemins in one PDF, streamed as the route does — target ≤ 1.5 s — with the peak RSS
 *   of the process while it renders (sampled every 5 ms) — target < 300 MB;
 * - the same batch alone in a fresh process (scripts/bench/parchemins-lot.ts): its peak RSS there is the
 *   batch's memory, not the bench's own data and modules;
 * - the same parchemin laid out in HTML and printed by headless Chromium (`page.pdf`, 500 pages) — target:
 *   ours at least 2× faster.
 * - the public verification page at 3,000,000 parchemins, p95 — target ≤ 20 ms (bench-verification.ts; needs
 *   `npx next build`; `--sans-verification` skips it, `--deja-charge` reuses its loaded database).
 * The machine's load average is printed: on a shared machine every figure grows with it. Last line: JSON.
 */
const BASE_URL = "https://ceres.travail.gouv.fr";
const ONE_RUNS = 60;
const BATCH = 500;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function sampleRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss));
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return bytes;
}

console.log(`Parchemins — charge de la machine ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (${process.env.npm_lifecycle_event ?? "bench"})`);
// The batch's 500, then other parchemins for the single ones: every measured page is a holder not rendered
// before (the renderer remembers shaped text — lib/pdf/fonts.ts — and must not be measured on a repeat).
const all = parcheminsDeBench(BATCH + 10 + ONE_RUNS);
const items = all.slice(0, BATCH);
const singles = all.slice(BATCH);

// One parchemin, warm (fonts loaded, fixed text shaped), each run another holder.
for (let i = 0; i < 10; i++) await renderParcheminsPdf([singles[i]!], BASE_URL);
const times: number[] = [];
for (let i = 0; i < ONE_RUNS; i++) {
  const t0 = performance.now();
  await renderParcheminsPdf([singles[10 + i]!], BASE_URL);
  times.push(performance.now() - t0);
}
const oneMs = round(median(times));
console.log(`  un parchemin (chaud, médiane de ${ONE_RUNS})        ${oneMs} ms`);

// 500 pages, one document, streamed (the route's path), with the peak RSS.
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const stop = sampleRss();
const tBatch = performance.now();
const batchBytes = await drain(await renderParcheminsStream(items, BASE_URL));
const batchS = round((performance.now() - tBatch) / 1000, 2);
const peak = stop();
console.log(`  ${BATCH} pages, un PDF en flux (1 cœur)             ${batchS} s   ${mb(batchBytes)} Mo de PDF   RSS ${mb(rssBefore)} Mo avant, pic ${mb(peak)} Mo`);

// The same batch alone in a fresh process: its memory without the bench's own data and modules.
const lot = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL("./bench/parchemins-lot.ts", import.meta.url))], { encoding: "utf8" });
if (lot.status !== 0) throw new Error(`Lot dans un processus neuf : échec\n${lot.stderr}`);
const fresh = JSON.parse(lot.stdout.trim().split("\n").at(-1)!) as { ms: number; bytes: number; rssBefore: number; peak: number };
console.log(`  ${BATCH} pages, un PDF en flux, processus neuf        ${round(fresh.ms / 1000, 2)} s   RSS ${mb(fresh.rssBefore)} Mo avant, pic ${mb(fresh.peak)} Mo`);

// The same 500 pages in HTML, printed by headless Chromium.
const html = parcheminsHtml(items, BASE_URL);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const page = await browser.newPage();
await page.setContent(parcheminsHtml(items.slice(0, 2), BASE_URL));
await page.pdf({ format: "A4", printBackground: true }); // warm: fonts, process
const tChromium = performance.now();
await page.setContent(html, { waitUntil: "load" });
const chromiumPdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
const chromiumS = round((performance.now() - tChromium) / 1000, 2);
await browser.close();
console.log(`  ${BATCH} pages, HTML imprimé par Chromium (page.pdf)  ${chromiumS} s   ${mb(chromiumPdf.length)} Mo de PDF`);

const ratio = round(chromiumS / batchS, 2);
console.log(`  rapport Chromium / CERES : ${ratio}× ; cibles : un ≤ 15 ms, lot ≤ 1,5 s, pic < 300 Mo, rapport ≥ 2×`);

// The public verification page at 3,000,000 parchemins (scripts/bench-verification.ts: loads the database —
// about five minutes — serves the built app on it, p95 over HTTP). `--sans-verification` skips it;
// `--deja-charge` / `--conserver` / `--nombre=N` go through to it.
const args = process.argv.slice(2);
const nombre = args.find((a) => a.startsWith("--nombre="))?.split("=")[1];
const verification = args.includes("--sans-verification")
  ? null
  : await measureVerification({ nombre: nombre ? Number(nombre) : undefined, conserver: args.includes("--conserver"), dejaCharge: args.includes("--deja-charge"), log: (line) => console.log(`  ${line}`) });
if (verification) console.log(`  vérification publique (${verification.parchemins} parchemins, ${verification.requetes} pages) : p95 ${verification.verify_p95_ms} ms ; cible ≤ 20 ms`);
console.log(
  JSON.stringify({
    one_ms: oneMs,
    batch500_s: batchS,
    chromium500_s: chromiumS,
    ratio,
    verify_p95_ms: verification?.verify_p95_ms ?? null,
    verify_lookup_p95_ms: verification?.lookup_p95_ms ?? null,
    peak_mb: mb(fresh.peak),
    peak_bench_process_mb: mb(peak),
    rss_before_mb: mb(rssBefore),
    fresh500_s: round(fresh.ms / 1000, 2),
    load: round(loadavg()[0]!),
  }),
);
process.exit(0);
