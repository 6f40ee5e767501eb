import { fakerFR } from "@faker-js/faker";
import { identityKeys } from "@/lib/candidats/identity";
import { misspell, seededRandom } from "./typos";

/**
 * The synthetic population of the duplicate bench: French names from @faker-js/faker's fr lists (150 surnames,
 * 900 prénoms) widened into a few thousand surnames the way French surnames are built (Le/Du prefixes,
 * -ier/-eau/-ot… derivations, accents, compound names, names of other origins), drawn with a Zipf law;
 * birth dates 1950–2006; birth communes drawn with a Zipf law over synthetic INSEE codes, some of which
 * were merged into a successor. Then duplicates of some records with realistic noise.
 */
export type BenchPerson = {
  id: string;
  civilite: "Madame" | "Monsieur";
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: string;
  communeCode: string | null;
};

export type Noise = "faute" | "accents" | "prenoms_ordre" | "nom_usage" | "jour_mois" | "un_chiffre" | "successeur" | "lieu_manquant";
export const NOISES: readonly [Noise, number][] = [
  ["faute", 0.2],
  ["accents", 0.1],
  ["prenoms_ordre", 0.15],
  ["nom_usage", 0.1],
  ["jour_mois", 0.12],
  ["un_chiffre", 0.1],
  ["successeur", 0.1],
  ["lieu_manquant", 0.13],
];

type Sampler = () => string;

function zipf(values: readonly string[], random: () => number, exponent: number, offset = 5): Sampler {
  const cumulative: number[] = [];
  let sum = 0;
  values.forEach((_, i) => {
    sum += 1 / Math.pow(i + offset, exponent);
    cumulative.push(sum);
  });
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return values[lo]!;
  };
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const OTHER_ORIGINS = ["Nguyễn", "Trần", "Lê", "Phạm", "Ørsted", "Müller", "Şahin", "Yılmaz", "Benali", "Haddad", "Da Silva", "Dos Santos", "Ferreira", "García", "N'Diaye", "Diallo", "Traoré", "Kowalski", "Nowak", "Đặng", "Ben Saïd", "El Amrani", "Œhmichen"];
const SUFFIXES = ["ier", "eau", "et", "ot", "in", "on", "ard", "aud", "ault", "y", "oux", "elle", "ac", "ès"];

export function surnamePool(random: () => number): string[] {
  const person = fakerFR.rawDefinitions.person as { last_name: { generic: string[] }; first_name: { male: string[] } };
  const bases = [...new Set([...person.last_name.generic, ...person.first_name.male.filter((n) => /^[A-Z][a-z]{3,}$/.test(n))])];
  const pool = new Set<string>(bases);
  for (const base of bases) {
    const root = base.replace(/[aeiouy]+$/i, "");
    for (const suffix of SUFFIXES) if (random() < 0.6) pool.add(root + suffix);
    if (random() < 0.3) pool.add(`Le ${base}`);
    if (random() < 0.2) pool.add(`Du${root.toLowerCase()}${SUFFIXES[Math.floor(random() * SUFFIXES.length)]}`);
  }
  const list = [...pool].map((n) => (random() < 0.15 ? n.replace(/e(?=[bcdfglmnprstv][aeiou])/, "é") : n));
  const compounds = Array.from({ length: 300 }, () => `${list[Math.floor(random() * list.length)]}-${list[Math.floor(random() * list.length)]}`);
  return shuffle([...new Set([...list, ...compounds, ...OTHER_ORIGINS])], random);
}

export type Communes = { codes: string[]; successeurs: Map<string, string>; anciennes: Set<string> };

/** 8,000 synthetic INSEE codes; 600 of the small ones were merged into a neighbour (same département). */
export function communePool(random: () => number): Communes {
  const departements = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((d) => d !== "20"), "2A", "2B"];
  const codes = new Set<string>();
  while (codes.size < 8000) codes.add(`${departements[Math.floor(random() * departements.length)]}${String(1 + Math.floor(random() * 700)).padStart(3, "0")}`);
  const list = shuffle([...codes], random);
  const successeurs = new Map<string, string>();
  const byDep = new Map<string, string[]>();
  for (const code of list) byDep.set(code.slice(0, 2), [...(byDep.get(code.slice(0, 2)) ?? []), code]);
  for (const code of list.slice(2000, 2600)) {
    const neighbours = byDep.get(code.slice(0, 2))!.filter((c) => c !== code && !successeurs.has(c));
    if (neighbours.length) successeurs.set(code, neighbours[Math.floor(random() * neighbours.length)]!);
  }
  return { codes: list, successeurs, anciennes: new Set(successeurs.keys()) };
}

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function keyOf(p: BenchPerson): string {
  const k = identityKeys({ nomNaissance: p.nomNaissance, prenoms: p.prenoms, naissanceCommuneCode: p.communeCode });
  return `${k.nomNaissanceNormalise}|${k.premierPrenomNormalise}|${p.dateNaissance}|${k.lieuNaissanceCle}`;
}

export function generatePeople(count: number, seed: number, communes: Communes, ids: () => string): BenchPerson[] {
  const random = seededRandom(seed);
  const person = fakerFR.rawDefinitions.person as { first_name: { female: string[]; male: string[] } };
  // Offset 20: the commonest surname is about 0.5 % of people, as Martin is in France.
  const surname = zipf(surnamePool(random), random, 0.9, 20);
  const female = zipf(shuffle([...person.first_name.female], random), random, 0.8);
  const male = zipf(shuffle([...person.first_name.male], random), random, 0.8);
  const commune = zipf(communes.codes, random, 1.0);
  const keys = new Set<string>();
  const people: BenchPerson[] = [];
  while (people.length < count) {
    const woman = random() < 0.5;
    const first = woman ? female : male;
    const n = random() < 0.45 ? 1 : random() < 0.7 ? 2 : 3;
    const prenoms = Array.from({ length: n }, first);
    const y = 1950 + Math.floor(random() * 57);
    const m = 1 + Math.floor(random() * 12);
    const p: BenchPerson = {
      id: ids(),
      civilite: woman ? "Madame" : "Monsieur",
      nomNaissance: surname(),
      nomUsage: woman && y < 1995 && random() < 0.4 ? surname() : null,
      prenoms: prenoms.join(n > 1 && random() < 0.5 ? ", " : " "),
      dateNaissance: isoDate(y, m, 1 + Math.floor(random() * daysIn(y, m))),
      communeCode: commune(),
    };
    const key = keyOf(p);
    if (keys.has(key)) continue;
    keys.add(key);
    people.push(p);
  }
  return people;
}

function pick(random: () => number): Noise {
  let x = random();
  for (const [noise, weight] of NOISES) {
    if (x < weight) return noise;
    x -= weight;
  }
  return "faute";
}

/** One noise on a copy; false when it cannot apply to this person (the caller draws another). */
function apply(copy: BenchPerson, noise: Noise, communes: Communes, random: () => number): boolean {
  switch (noise) {
    case "faute":
      copy.nomNaissance = misspell(copy.nomNaissance, random).text;
      return true;
    case "accents":
      copy.nomNaissance = copy.nomNaissance.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/-/g, " ");
      copy.prenoms = copy.prenoms.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/-/g, " ");
      return true;
    case "prenoms_ordre": {
      const list = copy.prenoms.split(/,\s*|\s+/);
      if (list.length < 2) return false;
      copy.prenoms = [...list.slice(1), list[0]!].join(", ");
      return true;
    }
    case "nom_usage":
      if (!copy.nomUsage) return false;
      copy.nomNaissance = copy.nomUsage;
      copy.nomUsage = null;
      return true;
    case "jour_mois": {
      const [y, m, d] = copy.dateNaissance.split("-");
      if (Number(d) > 12 || m === d) return false;
      copy.dateNaissance = `${y}-${d}-${m}`;
      return true;
    }
    case "un_chiffre": {
      const [y, m, d] = copy.dateNaissance.split("-").map(Number) as [number, number, number];
      const choices = [
        isoDate(y + (y % 10 === 9 ? -1 : 1), m, Math.min(d, daysIn(y + 1, m))),
        d % 10 !== 9 && d + 1 <= daysIn(y, m) ? isoDate(y, m, d + 1) : isoDate(y, m, d - 1),
      ];
      copy.dateNaissance = choices[Math.floor(random() * choices.length)]!;
      return true;
    }
    case "successeur": {
      const next = copy.communeCode ? communes.successeurs.get(copy.communeCode) : undefined;
      if (!next) return false;
      copy.communeCode = next;
      return true;
    }
    case "lieu_manquant":
      if (!copy.communeCode) return false;
      copy.communeCode = null;
      return true;
  }
}

export type Planted = { original: BenchPerson; copy: BenchPerson; noises: Noise[] };

/**
 * `count` duplicates of distinct people, each with one noise (70 %) or two, and never the exact same normalised
 * identity (that one the unique index refuses, and the creation check offers the existing record). People to
 * be given the successor noise are first moved to a merged commune (born there before the merger).
 */
export function plantDuplicates(people: BenchPerson[], count: number, seed: number, communes: Communes, ids: () => string, taken: Set<string>): Planted[] {
  const random = seededRandom(seed);
  const anciennes = [...communes.anciennes];
  const chosen = shuffle(
    people.map((_, i) => i),
    random,
  ).slice(0, count * 2);
  const planted: Planted[] = [];
  for (const index of chosen) {
    if (planted.length >= count) break;
    const original = people[index]!;
    const noises: Noise[] = [];
    const wanted = random() < 0.7 ? 1 : 2;
    const copy: BenchPerson = { ...original, id: ids() };
    for (let attempt = 0; attempt < 20 && noises.length < wanted; attempt++) {
      const noise = pick(random);
      if (noises.includes(noise)) continue;
      if (noise === "successeur" && !communes.successeurs.has(original.communeCode ?? "")) {
        // Born in a commune merged since: move the original there before copying (its key changes too).
        const moved = { ...original, communeCode: anciennes[Math.floor(random() * anciennes.length)]! };
        if (taken.has(keyOf(moved))) continue;
        taken.delete(keyOf(original));
        original.communeCode = moved.communeCode;
        taken.add(keyOf(original));
        copy.communeCode = original.communeCode;
      }
      if (apply(copy, noise, communes, random)) noises.push(noise);
    }
    if (noises.length === 0 || noises.every((n) => n === "accents")) {
      if (apply(copy, "lieu_manquant", communes, random)) noises.push("lieu_manquant");
    }
    const key = keyOf(copy);
    if (taken.has(key)) continue;
    taken.add(key);
    planted.push({ original, copy, noises });
  }
  return planted;
}
