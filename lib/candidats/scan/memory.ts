import { scorePair, SEUIL_DOUBLON, type MatchIdentity, type RaisonCode } from "@/lib/candidats/matching/score";
import { swapDayMonth } from "@/lib/candidats/matching/dates";
import { blockOf } from "./blocks";

export type MemoryRecord = MatchIdentity & { id: string };
export type FoundPair = { a: string; b: string; score: number; raisons: RaisonCode[] };

/**
 * The scan over records held in memory (the CLI on any file): the same blocks as the SQL scan (blocks.ts),
 * built as hash maps on the block keys, then the same scorePair. Pairs at or above the threshold, best first.
 */
export function findPairsInMemory(records: readonly MemoryRecord[], options: { successeurs?: ReadonlyMap<string, string>; seuil?: number } = {}): FoundPair[] {
  const seuil = options.seuil ?? SEUIL_DOUBLON;
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  };
  records.forEach((r, i) => {
    const year = r.dateNaissance.slice(0, 4);
    const md = r.dateNaissance.slice(5);
    if (r.nomPhonetique) {
      add(`PFY|${r.nomPhonetique}|${r.premierPrenomNormalise}|${year}`, i);
      add(`PFM|${r.nomPhonetique}|${r.premierPrenomNormalise}|${md}`, i);
      add(`PD|${r.nomPhonetique}|${r.dateNaissance}`, i);
      if (r.lieuNaissanceCle) add(`PLY|${r.nomPhonetique}|${r.lieuNaissanceCle}|${year}`, i);
      if (r.lieuNaissanceCle) add(`PLM|${r.nomPhonetique}|${r.lieuNaissanceCle}|${md}`, i);
    }
    add(`FD|${r.premierPrenomNormalise}|${r.dateNaissance}`, i);
    if (r.lieuNaissanceCle) {
      add(`DL|${r.dateNaissance}|${r.lieuNaissanceCle}`, i);
      add(`FLY|${r.premierPrenomNormalise}|${r.lieuNaissanceCle}|${year}`, i);
      add(`FLM|${r.premierPrenomNormalise}|${r.lieuNaissanceCle}|${md}`, i);
    }
  });
  const seen = new Set<string>();
  const pairs: FoundPair[] = [];
  const compare = (i: number, j: number) => {
    if (i === j) return;
    const [x, y] = records[i]!.id < records[j]!.id ? [records[i]!, records[j]!] : [records[j]!, records[i]!];
    const key = `${x.id}|${y.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (blockOf(x, y) === null) return;
    const { score, raisons } = scorePair(x, y, { successeurs: options.successeurs });
    if (score >= seuil) pairs.push({ a: x.id, b: y.id, score, raisons });
  };
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) compare(members[i]!, members[j]!);
  }
  // Swapped dates: each record against those born on its date with day and month swapped.
  const byPhoneticDate = new Map<string, number[]>();
  const byPrenomDate = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const [map, key] of [
      [byPhoneticDate, r.nomPhonetique ? `${r.nomPhonetique}|${r.dateNaissance}` : ""],
      [byPrenomDate, `${r.premierPrenomNormalise}|${r.dateNaissance}`],
    ] as const) {
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  });
  records.forEach((r, i) => {
    const swapped = swapDayMonth(r.dateNaissance);
    if (!swapped) return;
    for (const j of byPhoneticDate.get(`${r.nomPhonetique}|${swapped}`) ?? []) if (r.nomPhonetique) compare(i, j);
    for (const j of byPrenomDate.get(`${r.premierPrenomNormalise}|${swapped}`) ?? []) compare(i, j);
  });
  return pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
