/** A small deterministic generator (mulberry32): the same seed draws the same benchmark every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type TypoKind = "suppression" | "inversion" | "remplacement";
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * What a hurried agent types for a commune name: no accents, and one typo on a letter — a letter deleted,
 * two neighbouring letters swapped, or a letter replaced by another. Hyphens become spaces half of the time.
 */
export function misspell(nom: string, random: () => number): { text: string; typo: TypoKind } {
  let text = withoutAccents(nom);
  if (random() < 0.5) text = text.replace(/-/g, " ");
  if (random() < 0.5) text = text.toLowerCase();
  const letters = [...text].flatMap((c, i) => (/[a-z]/i.test(c) ? [i] : []));
  const kinds: TypoKind[] = ["suppression", "inversion", "remplacement"];
  const chars = [...text];
  for (let attempt = 0; attempt < 20 && letters.length > 0; attempt++) {
    const typo = kinds[Math.floor(random() * kinds.length)]!;
    const at = letters[Math.floor(random() * letters.length)]!;
    if (typo === "suppression" && letters.length > 1) {
      chars.splice(at, 1);
      return { text: chars.join(""), typo };
    }
    if (typo === "inversion") {
      const next = chars[at + 1];
      if (next && /[a-z]/i.test(next) && next.toLowerCase() !== chars[at]!.toLowerCase()) {
        [chars[at], chars[at + 1]] = [next, chars[at]!];
        return { text: chars.join(""), typo };
      }
      continue;
    }
    if (typo === "remplacement") {
      const others = LETTERS.replace(chars[at]!.toLowerCase(), "");
      chars[at] = others[Math.floor(random() * others.length)]!;
      return { text: chars.join(""), typo };
    }
  }
  throw new Error(`Aucune faute de frappe possible dans « ${nom} ».`);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
