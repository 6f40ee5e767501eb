import { renderConvocationsPdf } from "@/lib/sessions/letters/render";
import { convocationData } from "@/tests/fixtures/convocation-letters";

/**
 * `npx tsx scripts/mesure-lettres.ts`: rendering time of the convocation letters — one letter (median of 30
 * warm renders) and 20 letters in one PDF (median of 7). Last line JSON { letter_ms, letters20_ms }.
 * No database: the letters of convocation-letters.ts, drawn again and again (the shaping of their words is
 * remembered after the first: see bench:sessions for letters of always other jurors).
 */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Wall-clock and CPU medians: on a loaded machine (load average above the cores) only the CPU time is comparable. */
async function timed(data: ReturnType<typeof convocationData>, runs: number): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    await renderConvocationsPdf(data);
    const used = process.cpuUsage(cpuStart);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: round(median(wall)), cpu: round(median(cpu)) };
}

const one = convocationData(1);
const twenty = convocationData(20);
await timed(one, 5);
await timed(twenty, 1);
const letter = await timed(one, 30);
const letters20 = await timed(twenty, 7);
console.log(JSON.stringify({ letter_ms: letter.wall, letters20_ms: letters20.wall, letter_cpu_ms: letter.cpu, letters20_cpu_ms: letters20.cpu }));
