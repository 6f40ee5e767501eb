import { swapDayMonth } from "./dates";
import { nameSimilarity } from "./similarity";

/**
 * One side of a pair, as the normalised columns of `candidats` hold it (identityKeys() computes them).
 * `lieuNom` is the normalised name of the birth commune or city, to compare a commune with the same town
 * typed as a city; `civilite` when known.
 */
export type MatchIdentity = {
  nomNaissanceNormalise: string;
  nomUsageNormalise: string | null;
  premierPrenomNormalise: string;
  prenomsNormalises: string;
  /** ISO date (YYYY-MM-DD). */
  dateNaissance: string;
  /** "c:<insee>", "p:<pays>|<ville>" or "" when unknown. */
  lieuNaissanceCle: string;
  nomPhonetique: string;
  civilite?: string | null;
};

export const raisonCodes = [
  "identite_exacte",
  "nom_identique",
  "nom_proche",
  "nom_phonetique",
  "nom_usage_comme_naissance",
  "prenom_identique",
  "prenoms_ordre",
  "prenom_proche",
  "date_identique",
  "jour_mois_inverses",
  "date_un_chiffre",
  "lieu_identique",
  "commune_successeur",
  "lieu_manquant",
] as const;
export type RaisonCode = (typeof raisonCodes)[number];

/** What the user reads for each reason (creation check, merge table, CLI output). */
export const raisonLabels: Record<RaisonCode, string> = {
  identite_exacte: "Même identité (nom de naissance, premier prénom, date et lieu de naissance)",
  nom_identique: "Même nom de naissance",
  nom_proche: "Noms de naissance proches (faute de frappe, accent, tiret)",
  nom_phonetique: "Noms de naissance qui se prononcent de la même façon",
  nom_usage_comme_naissance: "Nom d'usage saisi comme nom de naissance",
  prenom_identique: "Même premier prénom",
  prenoms_ordre: "Mêmes prénoms dans un autre ordre",
  prenom_proche: "Premiers prénoms proches",
  date_identique: "Même date de naissance",
  jour_mois_inverses: "Jour et mois de naissance inversés",
  date_un_chiffre: "Date de naissance à un chiffre près",
  lieu_identique: "Même lieu de naissance",
  commune_successeur: "Commune de naissance remplacée par la commune issue d'une fusion",
  lieu_manquant: "Lieu de naissance absent d'une des deux fiches",
};

/**
 * The score from which a pair is proposed as a probable duplicate (scan, CLI) and shown before creating.
 * Chosen on the bench (docs/doublons.md): twins (same name, date and place, another prénom) stay below it.
 */
export const SEUIL_DOUBLON = 0.8;

/** Weights of the four parts of an identity in the score; they add up to 1. */
export const POIDS = { nom: 0.3, prenom: 0.25, date: 0.25, lieu: 0.2 } as const;

export type ScoreOptions = {
  /** INSEE code → code of the commune that replaced it after a merger (followed transitively). */
  successeurs?: ReadonlyMap<string, string>;
};

export type PairScore = { score: number; raisons: RaisonCode[] };

function finalSuccessor(code: string, successeurs: ReadonlyMap<string, string> | undefined): string {
  let current = code;
  for (let i = 0; i < 10 && successeurs?.has(current); i++) current = successeurs.get(current)!;
  return current;
}

function nameScore(a: MatchIdentity, b: MatchIdentity, raisons: RaisonCode[]): number {
  if (a.nomNaissanceNormalise === b.nomNaissanceNormalise) {
    raisons.push("nom_identique");
    return 1;
  }
  let best = nameSimilarity(a.nomNaissanceNormalise, b.nomNaissanceNormalise);
  let why: RaisonCode | null = best >= 0.6 ? "nom_proche" : null;
  if (a.nomPhonetique !== "" && a.nomPhonetique === b.nomPhonetique && best < 0.85) {
    best = 0.85;
    why = "nom_phonetique";
  }
  // A married name typed as the birth name on one record: compare every name of one with every name of the other.
  const crossed = [
    [a.nomUsageNormalise, b.nomNaissanceNormalise],
    [a.nomNaissanceNormalise, b.nomUsageNormalise],
    [a.nomUsageNormalise, b.nomUsageNormalise],
  ] as const;
  for (const [x, y] of crossed) {
    if (!x || !y) continue;
    const s = 0.95 * nameSimilarity(x, y);
    if (s > best && s >= 0.8) {
      best = s;
      why = "nom_usage_comme_naissance";
    }
  }
  if (why) raisons.push(why);
  return best;
}

function prenomScore(a: MatchIdentity, b: MatchIdentity, raisons: RaisonCode[]): number {
  if (a.premierPrenomNormalise === b.premierPrenomNormalise) {
    raisons.push("prenom_identique");
    return 1;
  }
  const wordsA = a.prenomsNormalises.split(" ").filter(Boolean);
  const wordsB = b.prenomsNormalises.split(" ").filter(Boolean);
  const sameSet = wordsA.length === wordsB.length && [...wordsA].sort().join(" ") === [...wordsB].sort().join(" ");
  if (sameSet) {
    raisons.push("prenoms_ordre");
    return 0.95;
  }
  const inOther = (first: string, words: string[]) => first !== "" && ` ${words.join(" ")} `.includes(` ${first} `);
  if (inOther(a.premierPrenomNormalise, wordsB) || inOther(b.premierPrenomNormalise, wordsA)) {
    raisons.push("prenoms_ordre");
    return 0.85;
  }
  const s = nameSimilarity(a.premierPrenomNormalise, b.premierPrenomNormalise);
  if (s >= 0.75) {
    raisons.push("prenom_proche");
    return s;
  }
  return s * 0.5;
}

function dateScore(a: string, b: string, raisons: RaisonCode[]): number {
  if (a === b) {
    raisons.push("date_identique");
    return 1;
  }
  if (swapDayMonth(a) === b) {
    raisons.push("jour_mois_inverses");
    return 0.9;
  }
  const x = a.replace(/-/g, "");
  const y = b.replace(/-/g, "");
  let differences = 0;
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) differences++;
  if (x.length === y.length && differences === 1) {
    raisons.push("date_un_chiffre");
    return 0.85;
  }
  return 0;
}

function placeScore(a: string, b: string, options: ScoreOptions, raisons: RaisonCode[]): number {
  if (a === "" || b === "") {
    raisons.push("lieu_manquant");
    return 0.7;
  }
  if (a === b) {
    raisons.push("lieu_identique");
    return 1;
  }
  if (a.startsWith("c:") && b.startsWith("c:")) {
    const sa = finalSuccessor(a.slice(2), options.successeurs);
    const sb = finalSuccessor(b.slice(2), options.successeurs);
    if (sa === sb) {
      raisons.push("commune_successeur");
      return 0.95;
    }
  }
  return 0;
}

/**
 * How likely two records are one person, 0..1, with the reasons (codes, labels in `raisonLabels`): a
 * weighted sum of the name, first prénom, birth date and birth place parts (POIDS), each 0..1 — 1 when equal,
 * less for a known kind of noise. Two different sexes lower the score by a fifth. Symmetric.
 */
export function scorePair(a: MatchIdentity, b: MatchIdentity, options: ScoreOptions = {}): PairScore {
  const raisons: RaisonCode[] = [];
  const exact =
    a.nomNaissanceNormalise === b.nomNaissanceNormalise &&
    a.premierPrenomNormalise === b.premierPrenomNormalise &&
    a.dateNaissance === b.dateNaissance &&
    a.lieuNaissanceCle === b.lieuNaissanceCle &&
    a.lieuNaissanceCle !== "";
  const nom = nameScore(a, b, raisons);
  const prenom = prenomScore(a, b, raisons);
  const date = dateScore(a.dateNaissance, b.dateNaissance, raisons);
  const lieu = placeScore(a.lieuNaissanceCle, b.lieuNaissanceCle, options, raisons);
  let score = POIDS.nom * nom + POIDS.prenom * prenom + POIDS.date * date + POIDS.lieu * lieu;
  if (a.civilite && b.civilite && a.civilite !== b.civilite) score *= 0.8;
  if (exact) raisons.unshift("identite_exacte");
  return { score: Math.round(score * 1000) / 1000, raisons };
}

/** The labels of a pair's reasons, in order. */
export function raisonsLibelles(raisons: readonly string[]): string[] {
  return raisons.map((r) => raisonLabels[r as RaisonCode] ?? r);
}
