/** Ce que l'historique des titres, versions et CCP enregistre, et comment l'onglet Historique le nomme. */
export const titreAuditLabels = {
  "titre.cree": "Création du titre",
  "titre.modifie": "Modification du titre",
  "version.creee": "Ajout d'une version",
  "version.modifiee": "Modification d'une version",
  "ccp.ajoute": "Ajout d'un CCP",
  "ccp.modifie": "Modification d'un CCP",
  "ccp.supprime": "Suppression d'un CCP",
} as const;

export type TitreAuditAction = keyof typeof titreAuditLabels;
