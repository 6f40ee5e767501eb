import { parentPort, workerData } from "node:worker_threads";
import { renderParcheminsPdf, type ParcheminAImprimer } from "@/lib/parchemins/pdf/render";

// One half of a batch, rendered as its own PDF in a worker thread (bench of `npm run bench:parchemins`).
const { items, baseUrl } = workerData as { items: ParcheminAImprimer[]; baseUrl: string };
await renderParcheminsPdf(items.slice(0, 1), baseUrl); // fonts and modules warm, as in a long-lived pool
parentPort!.postMessage("pret");
parentPort!.once("message", async () => {
  const t0 = performance.now();
  const pdf = await renderParcheminsPdf(items, baseUrl);
  parentPort!.postMessage({ ms: performance.now() - t0, bytes: pdf.length });
});
