import { swapDayMonth } from "@/lib/candidats/matching/dates";

/**
 * The blocking of the duplicate scan: which pairs of records are compared at all. Scoring every pair of a
 * million records is out of reach; a pair can only reach the threshold if its birth dates are equal, swapped
 * or one digit apart (POIDS: name, prénom and place together weigh 0.75 < SEUIL_DOUBLON), so every block
 * keeps the birth year or the day and month, and two of the other parts equal. Predicates on a pair (a, b):
 *
 *   P  same phonetic key of the birth name (non-empty)      F  same first prénom
 *   D  same birth date                                       S  b's date is a's with day and month swapped
 *   L  same birth place (known)                              Y  same birth year      M  same day and month
 *
 * Blocks, each an equi-join on its key, made disjoint by the negations so that no pair is scored twice:
 */
export type BlockName =
  | "nom_prenom"
  | "nom_date"
  | "nom_date_inversee"
  | "prenom_date"
  | "prenom_date_inversee"
  | "date_lieu"
  | "nom_lieu_annee"
  | "nom_lieu_jour"
  | "prenom_lieu_annee"
  | "prenom_lieu_jour";

export const BLOCKS: readonly { name: BlockName; rule: string }[] = [
  { name: "nom_prenom", rule: "P ∧ F ∧ (Y ∨ M)" },
  { name: "nom_date", rule: "P ∧ D ∧ ¬F" },
  { name: "nom_date_inversee", rule: "P ∧ S ∧ ¬F" },
  { name: "prenom_date", rule: "F ∧ D ∧ ¬P" },
  { name: "prenom_date_inversee", rule: "F ∧ S ∧ ¬P" },
  { name: "date_lieu", rule: "D ∧ L ∧ ¬P ∧ ¬F" },
  { name: "nom_lieu_annee", rule: "P ∧ L ∧ Y ∧ ¬F ∧ ¬D ∧ ¬S" },
  { name: "nom_lieu_jour", rule: "P ∧ L ∧ M ∧ ¬Y ∧ ¬F" },
  { name: "prenom_lieu_annee", rule: "F ∧ L ∧ Y ∧ ¬P ∧ ¬D ∧ ¬S" },
  { name: "prenom_lieu_jour", rule: "F ∧ L ∧ M ∧ ¬Y ∧ ¬P" },
];

/** What blocking needs of a record. */
export type BlockRecord = { nomPhonetique: string; premierPrenomNormalise: string; dateNaissance: string; lieuNaissanceCle: string };

/** The blocks in which a pair is compared (at most one, by construction); null when it is never compared. */
export function blockOf(a: BlockRecord, b: BlockRecord): BlockName | null {
  const P = a.nomPhonetique !== "" && a.nomPhonetique === b.nomPhonetique;
  const F = a.premierPrenomNormalise === b.premierPrenomNormalise;
  const D = a.dateNaissance === b.dateNaissance;
  const S = swapDayMonth(a.dateNaissance) === b.dateNaissance;
  const L = a.lieuNaissanceCle !== "" && a.lieuNaissanceCle === b.lieuNaissanceCle;
  const Y = a.dateNaissance.slice(0, 4) === b.dateNaissance.slice(0, 4);
  const M = a.dateNaissance.slice(5) === b.dateNaissance.slice(5);
  if (P && F && (Y || M)) return "nom_prenom";
  if (P && D && !F) return "nom_date";
  if (P && S && !F) return "nom_date_inversee";
  if (F && D && !P) return "prenom_date";
  if (F && S && !P) return "prenom_date_inversee";
  if (D && L && !P && !F) return "date_lieu";
  if (P && L && Y && !F && !D && !S) return "nom_lieu_annee";
  if (P && L && M && !Y && !F) return "nom_lieu_jour";
  if (F && L && Y && !P && !D && !S) return "prenom_lieu_annee";
  if (F && L && M && !Y && !P) return "prenom_lieu_jour";
  return null;
}
