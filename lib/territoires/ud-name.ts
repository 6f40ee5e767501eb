import departementsData from "@etalab/decoupage-administratif/data/departements.json" with { type: "json" };

/**
 * INSEE "type de nom en clair" (TNCC) of a département: how "de" joins its name —
 * 0 de Paris, 1 d'…, 2 du Gard, 3 de la Gironde, 4 des Landes, 5 de l'Ain, 6 des …, 7 de las …, 8 de los ….
 */
const liaisons = ["de ", "d'", "du ", "de la ", "des ", "de l'", "des ", "de las ", "de los "];
const typeLiaison = new Map((departementsData as { code: string; typeLiaison: number }[]).map((d) => [d.code, d.typeLiaison]));

/** "UD du Gard", "UD de l'Ain", "UD des Bouches-du-Rhône": the unité départementale (DDETS) of a département. */
export function udName(departementCode: string, departementNom: string): string {
  const liaison = liaisons[typeLiaison.get(departementCode) ?? 0] ?? "de ";
  return `UD ${liaison}${departementNom}`;
}
