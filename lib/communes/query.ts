import { normalizeName } from "@/lib/text/normalize";

/**
 * What a person typed in a commune field, read the way a French agent means it:
 * - 5 digits: a postal code or an INSEE code (both are searched: "30200" is a postal code, "30028" an INSEE code);
 * - 2A/2B and 3 digits: a Corsican INSEE code (since 1976);
 * - 2 to 4 digits (or 2A/2B and up to 2 digits): the start of an INSEE code or of a postal code;
 * - anything else: a name, compared in its normalised form (accents, case, hyphens, "St"/"Saint" ignored).
 */
export type CommuneQuery =
  | { kind: "code5"; code: string }
  | { kind: "insee"; code: string }
  | { kind: "codePrefix"; prefix: string }
  | { kind: "name"; text: string }
  | { kind: "empty" };

export const MIN_NAME_LENGTH = 1;

export function parseCommuneQuery(input: string): CommuneQuery {
  const compact = input.trim().replace(/\s+/g, "");
  if (/^\d{5}$/.test(compact)) return { kind: "code5", code: compact };
  if (/^2[ab]\d{3}$/i.test(compact)) return { kind: "insee", code: compact.toUpperCase() };
  if (/^\d{2,4}$/.test(compact) || /^2[ab]\d{0,2}$/i.test(compact)) return { kind: "codePrefix", prefix: compact.toUpperCase() };
  const text = normalizeName(input);
  if (text.replace(/\s/g, "").length < MIN_NAME_LENGTH) return { kind: "empty" };
  return { kind: "name", text };
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz ";
/** Beyond this length a typo leaves enough trigrams in common for pg_trgm; below it, one edit can hide a short name. */
export const MAX_EDIT_LOOKUP_LENGTH = 12;

/**
 * Every normalised text at one edit from `text` (a letter deleted, inserted, replaced, or two neighbours
 * swapped): the names a short query may have meant. Empty beyond MAX_EDIT_LOOKUP_LENGTH.
 */
export function oneEditVariants(text: string): string[] {
  if (text.length > MAX_EDIT_LOOKUP_LENGTH) return [];
  const variants = new Set<string>();
  for (let i = 0; i <= text.length; i++) {
    const head = text.slice(0, i);
    const tail = text.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      variants.add(head + c + tail);
      if (tail) variants.add(head + c + tail.slice(1));
    }
  }
  variants.delete(text);
  return [...variants].filter((v) => v.trim() === v && !v.includes("  ") && v.length > 0);
}

/** How many trigrams pg_trgm takes from a normalised text: each word of n letters gives n + 1. */
export function trigramCount(text: string): number {
  return text.split(" ").reduce((n, word) => n + (word ? word.length + 1 : 0), 0);
}

/**
 * The similarity threshold of the strict pass. A name typed with one typo keeps at least (T - 4) / (T + 4) of
 * similarity with the real name (an edit changes at most 4 of its T trigrams): a long text asks for a little
 * less than that (between 0.3, pg_trgm's default, and 0.6), so the GIN scan rechecks only close names. A short
 * text (one-typo names are then looked up exactly, see oneEditVariants) asks for 0.6: at 0.3, two trigrams
 * in common — "  m", " me" — would make every name starting with "Me" a candidate.
 */
export function strictSimilarityThreshold(text: string): number {
  if (text.length <= MAX_EDIT_LOOKUP_LENGTH) return 0.6;
  const t = trigramCount(text);
  const bound = (t - 4) / (t + 4) - 0.1;
  return Math.round(Math.min(0.6, Math.max(0.3, bound)) * 100) / 100;
}
