import { normalizeName } from "@/lib/text/normalize";

/**
 * The raw identity of a candidate as typed (form, import, CLI): what the normalised columns of `candidats`
 * are computed from. A birth place is a commune code (INSEE, as of the birth date, R6) or a country code
 * and a city abroad; it may be missing in outside files (CLI), never in the table.
 */
export type IdentityValues = {
  nomNaissance: string;
  nomUsage?: string | null;
  prenoms: string;
  naissanceCommuneCode?: string | null;
  naissancePaysCode?: string | null;
  naissanceVille?: string | null;
};

export type IdentityKeys = {
  nomNaissanceNormalise: string;
  nomUsageNormalise: string | null;
  premierPrenomNormalise: string;
  prenomsNormalises: string;
  lieuNaissanceCle: string;
  nomPhonetique: string;
};

/**
 * Letters that Unicode does not decompose into a base letter and an accent, so normalizeName would drop
 * them: "Ørsted" must not become "rsted", nor "Đặng" "ang".
 */
const TRANSLITERATIONS: Record<string, string> = { ø: "o", Ø: "O", đ: "d", Đ: "D", ł: "l", Ł: "L", ß: "ss", þ: "th", Þ: "Th", ı: "i", ħ: "h", Ħ: "H" };

/** normalizeName, after spelling out the letters it cannot decompose. */
export function normalizeIdentityText(text: string): string {
  return normalizeName(text.replace(/[øØđĐłŁßþÞıħĦ]/g, (c) => TRANSLITERATIONS[c]!));
}

/**
 * Given names as typed. With a comma (or semicolon), commas separate the prénoms and a space stays inside
 * one ("Jean Marie, Paul"); without, spaces separate them ("Marie Claire"). A hyphen always stays inside one
 * prénom: "Jean-Marie" is one prénom, never "Jean" — twins Jean-Marie and Jean-Pierre are two people.
 */
function splitPrenoms(prenoms: string): string[] {
  const parts = /[,;]/.test(prenoms) ? prenoms.split(/[,;]+/) : prenoms.split(/\s+/);
  return parts.map((p) => normalizeIdentityText(p)).filter((p) => p !== "");
}

/** Every prénom normalised, in civil-status order, joined by single spaces ("Jean-Marie, Paul" → "jean marie paul"). */
export function normalizePrenoms(prenoms: string): string {
  return splitPrenoms(prenoms).join(" ");
}

export function firstPrenom(prenoms: string): string {
  return splitPrenoms(prenoms)[0] ?? "";
}

/**
 * "c:<insee>" for a commune, "p:<pays>|<ville normalisée>" abroad, "" when the place is unknown: nothing given
 * (outside files), or a country without a city (legacy records: "France", city unknown).
 */
export function birthPlaceKey(values: Pick<IdentityValues, "naissanceCommuneCode" | "naissancePaysCode" | "naissanceVille">): string {
  const commune = values.naissanceCommuneCode?.trim().toUpperCase();
  if (commune) return `c:${commune}`;
  const pays = values.naissancePaysCode?.trim();
  const ville = normalizeIdentityText(values.naissanceVille ?? "");
  if (pays && ville) return `p:${pays}|${ville}`;
  return "";
}

/** The normalised columns of a candidate, from the identity as typed: one function for every writer. */
export function identityKeys(values: IdentityValues): IdentityKeys {
  const nomNaissanceNormalise = normalizeIdentityText(values.nomNaissance);
  const usage = values.nomUsage ? normalizeIdentityText(values.nomUsage) : "";
  return {
    nomNaissanceNormalise,
    nomUsageNormalise: usage === "" ? null : usage,
    premierPrenomNormalise: firstPrenom(values.prenoms),
    prenomsNormalises: normalizePrenoms(values.prenoms),
    lieuNaissanceCle: birthPlaceKey(values),
    nomPhonetique: phoneticKey(values.nomNaissance),
  };
}

/**
 * A French phonetic key of a name, for blocking and for "sounds the same": two spellings a clerk could write
 * for one spoken name get one key. Our own small rule set (no package), applied in this order to the
 * normalised name with its spaces removed ("Le Goff" = "Legoff"):
 *
 *  1. ph → f; sch, sh, ch → x (the "ch" sound); remaining h are silent (h muet: "Henry" = "Enry", "Thomas" = "Tomas");
 *  2. gu before e/i/y → g (hard), then g before e/i/y → j ("Georges" = "Jorjes"); gn → n ("Legnier" = "Lenier");
 *  3. qu, q, ck, k and c before a/o/u or a consonant → k; c before e/i/y → s; ç is already c;
 *     (ge before a/o/u → j too: "Georges");
 *  4. eau, au → o; ai, ei → e; ou → u; y → i; z → s; w → v; bv → v ("Lefebvre"); x inside a name → ks
 *     (nasal vowels first, before a consonant or at the end: ain, ein, in, yn, un → in; an, am, en, em → an,
 *     so "Guérin" = "Guerain" and "Quentin" = "Kantin");
 *  5. doubled letters → one ("Bonnet" = "Bonet");
 *  6. silent endings: final s, x, z, d, t, then a final e, then s, x, z, d, t again are dropped ("Petites" =
 *     "Peti", "Renaud" = "Reno", "Georges" = "Jorj"), keeping at least two letters.
 */
export function phoneticKey(name: string): string {
  let s = normalizeIdentityText(name).replace(/[^a-z]/g, "");
  if (s === "") return "";
  s = s.replace(/ph/g, "f").replace(/s?[cs]h/g, "X").replace(/h/g, "");
  s = s.replace(/gu(?=[eiy])/g, "G").replace(/ge(?=[aou])/g, "j").replace(/g(?=[eiy])/g, "j").replace(/G/g, "g").replace(/gn/g, "n");
  s = s
    .replace(/qu?/g, "k")
    .replace(/ck/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k");
  // Nasal vowels before the vowel groups, so that "ain" is read as "in", not as "ai" + "n".
  s = s.replace(/(?:[ae]i|[iy]|(?<!o)u)[nm](?=[^aeiouy]|$)/g, "I").replace(/[ae][nm](?=[^aeiouy]|$)/g, "A");
  s = s
    .replace(/eau/g, "o")
    .replace(/au/g, "o")
    .replace(/[ae]i/g, "e")
    .replace(/ou/g, "u")
    .replace(/y/g, "i")
    .replace(/z/g, "s")
    .replace(/w/g, "v")
    .replace(/bv/g, "v")
    .replace(/x(?=.)/g, "ks");
  s = s.replace(/A/g, "an").replace(/I/g, "in");
  s = s.replace(/(.)\1+/g, "$1");
  const silent = (re: RegExp) => {
    while (s.length > 2 && re.test(s)) s = s.slice(0, -1);
  };
  silent(/[sxzdt]$/);
  silent(/e$/);
  silent(/[sxzdt]$/);
  return s.replace(/X/g, "x");
}
