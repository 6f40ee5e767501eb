/** What the merge and its undo write in the candidates' history. */
export const fusionAuditLabels = {
  "candidat.fusion": "Fusion d'une fiche en double dans celle-ci",
  "candidat.fusionne_dans": "Fiche fusionnée dans une autre",
  "candidat.fusion_annulee": "Annulation d'une fusion",
  "candidat.doublon_ecarte": "Paire écartée : pas un doublon",
} as const;
