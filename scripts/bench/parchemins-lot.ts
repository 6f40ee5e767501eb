import { renderParcheminsPdf, renderParcheminsStream } from "@/lib/parchemins/pdf/render";
import { parcheminsDeBench } from "./parchemins-data";

/**
 * The batch of `npm run bench:parchemins` alone in a fresh process (started by the bench): what the batch
 * costs in memory, without the bench's own data, Chromium driver and database modules. Warm first (fonts
 * parsed, as in a running server), then 500 pages streamed as the route streams them, the RSS sampled every
 * 5 ms. Last line: JSON.
 */
const BATCH = 500;
const BASE_URL = "https://ceres.travail.gouv.fr";
const all = parcheminsDeBench(BATCH + 10);
await renderParcheminsPdf(all.slice(BATCH), BASE_URL);
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const t0 = performance.now();
let bytes = 0;
for await (const chunk of (await renderParcheminsStream(all.slice(0, BATCH), BASE_URL)) as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ ms, bytes, rssBefore, peak }));
