/**
 * The form in which names are compared: lower case, no accents or ligatures, hyphens, apostrophes and
 * punctuation as single spaces, and "st"/"ste" spelt out — so "St-Étienne", "saint etienne" and
 * "SAINT-ETIENNE" are the same text.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\bste\b/g, "sainte")
    .replace(/\bst\b/g, "saint");
}
