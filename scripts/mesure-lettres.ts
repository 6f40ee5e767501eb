import { renderConvocationsPdf } from "@/lib/sessions/letters/render";
import { convocationData } from "@/tests/fixtures/convocation-letters";

/**
 * `npx tsx scripts/mesure-lettres.ts`: rendering time of the convocation letters — one letter (median of 30
 * warm renders) and 20 letters in one PDF (median of 7). Last line JSON { letter_ms, letters20_ms }.
 * Run it WITHOUT `--conditions=react-server`: react-pdf needs React's client internals (under that
 * condition it fails with "Cannot read properties of undefined (reading 'S')"); a bench run with the
 * condition spawns this script instead.
 */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(data: ReturnType<typeof convocationData>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await renderConvocationsPdf(data);
    times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

const one = convocationData(1);
const twenty = convocationData(20);
await timed(one, 5);
await timed(twenty, 1);
console.log(JSON.stringify({ letter_ms: await timed(one, 30), letters20_ms: await timed(twenty, 7) }));
