/**
 * Every foreign key that points at candidats.id, and what a merge does with it. A test reads the foreign keys
 * from pg_constraint and fails when one is missing here: a future table (résultats, parchemins…) that
 * references a candidate cannot be forgotten by the merge.
 *
 * - "deplacer": the rows follow the survivor (their old values go into the snapshot, the undo puts them back);
 * - "historique": the rows describe the records themselves (pairs, merges, tombstone chains) and stay as they are.
 */
export type ReferenceHandling = "deplacer" | "historique";

export const candidatReferences: readonly { table: string; column: string; handling: ReferenceHandling; label?: string }[] = [
  { table: "inscriptions", column: "candidat_id", handling: "deplacer", label: "Inscriptions" },
  // A record merged earlier into the merged one keeps pointing at it; the tombstone chain leads to the survivor.
  { table: "candidats", column: "merged_into_id", handling: "historique" },
  { table: "candidat_doublons", column: "candidat_a_id", handling: "historique" },
  { table: "candidat_doublons", column: "candidat_b_id", handling: "historique" },
  { table: "candidat_fusions", column: "survivant_id", handling: "historique" },
  { table: "candidat_fusions", column: "fusionne_id", handling: "historique" },
];

export const movedReferences = candidatReferences.filter((r) => r.handling === "deplacer");
