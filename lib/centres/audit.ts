/** Ce que l'historique des centres et de leurs sites enregistre, et comment l'onglet Historique le nomme. */
export const centreAuditLabels = {
  "centre.cree": "Création du centre",
  "centre.modifie": "Modification de l'identification",
  "centre.type_enregistre": "Enregistrement du type de centre",
  "centre.representant_modifie": "Modification du représentant",
  "site.cree": "Ajout d'un site",
  "site.modifie": "Modification d'un site",
} as const;

export type CentreAuditAction = keyof typeof centreAuditLabels;
