/**
 * The trigrams of a text exactly as PostgreSQL's pg_trgm extracts them (for ASCII text, which every
 * normalised name is): each run of letters and digits is a word, lower-cased, padded with two spaces in
 * front and one behind, cut into every three-character window; the set is deduplicated.
 */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word === "") continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  }
  return set;
}

/**
 * pg_trgm's `similarity(a, b)`: shared trigrams / (trigrams of a + trigrams of b − shared). The same number
 * in SQL and here (tested against the database), so the scan's SQL filter and the TS score agree.
 */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours (three rolling rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * How alike two normalised names are, 0..1: the better of pg_trgm's similarity and of the edit distance
 * relative to the longer name. Trigrams are harsh on short names ("dupont"/"dupomt" share 4 trigrams of 10:
 * 0.4) where one typo is the likeliest noise (1 − 1/6 = 0.83); spaces are ignored for the edit distance
 * ("le goff"/"legoff").
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const x = a.replace(/ /g, "");
  const y = b.replace(/ /g, "");
  const edit = x === y ? 0.98 : 1 - editDistance(x, y) / Math.max(x.length, y.length);
  return Math.max(trigramSimilarity(a, b), edit);
}
