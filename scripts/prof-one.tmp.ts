import { renderParcheminsPdf } from "@/lib/parchemins/pdf/render";
import { parcheminsDeBench } from "./bench/parchemins-data";
const items = parcheminsDeBench(200);
const BASE = "https://ceres.travail.gouv.fr";
for (let i = 0; i < 20; i++) await renderParcheminsPdf([items[i]!], BASE);
const ts: number[] = [];
for (let i = 0; i < 200; i++) { const t = performance.now(); await renderParcheminsPdf([items[i]!], BASE); ts.push(performance.now() - t); }
ts.sort((a, b) => a - b);
console.log("one median", ts[100]!.toFixed(2));
const t = performance.now(); await renderParcheminsPdf(items.slice(0, 100), BASE); console.log("100 pages", (performance.now() - t).toFixed(0));
