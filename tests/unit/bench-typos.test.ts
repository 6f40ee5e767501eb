import { describe, expect, test } from "vitest";
import { misspell, percentile, seededRandom, withoutAccents } from "../../scripts/bench/typos";

/** Damerau-Levenshtein distance (adjacent swaps count as one edit). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
const plain = (text: string) => withoutAccents(text).toLowerCase().replace(/-/g, " ");

describe("fautes de frappe du banc de recherche de communes", () => {
  test("la même graine tire les mêmes fautes", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, () => misspell("Bagnols-sur-Cèze", a).text)).toEqual(Array.from({ length: 5 }, () => misspell("Bagnols-sur-Cèze", b).text));
  });

  test("chaque nom tapé est sans accents et à exactement une faute du vrai nom", () => {
    const random = seededRandom(7);
    for (const nom of ["Bagnols-sur-Cèze", "Saint-Étienne", "Afa", "Y", "L'Haÿ-les-Roses", "Mœurs-Verdey"]) {
      for (let i = 0; i < 20; i++) {
        const { text } = misspell(nom, random);
        expect(text).not.toMatch(/[À-ÿ]/);
        expect(distance(plain(text), plain(nom))).toBe(1);
      }
    }
  });

  test("percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile([3], 0.95)).toBe(3);
  });
});
