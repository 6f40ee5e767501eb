/** The levels of the NSF nomenclature (1994) as loaded from nsf.csv. */
export const nsfNiveauLabels: Record<string, string> = {
  domaine_1: "Domaine (1er niveau)",
  domaine_2: "Domaine (2e niveau)",
  groupe: "Groupe de spécialités",
  sous_groupe: "Spécialité (groupe et lettre)",
  lettre_fonction: "Lettre de fonction",
  lettre_champ: "Lettre de champ",
  lettre_developpement_personnel: "Lettre (développement personnel)",
};
