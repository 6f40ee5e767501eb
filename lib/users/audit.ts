/** Ce que l'historique des comptes utilisateurs enregistre, et comment l'onglet Historique le nomme. */
export const userAuditLabels = {
  "utilisateur.cree": "Création du compte",
  "utilisateur.modifie": "Modification du compte",
  "utilisateur.desactive": "Désactivation du compte",
  "utilisateur.reactive": "Réactivation du compte",
  "utilisateur.verrouille": "Verrouillage après échecs de connexion",
} as const;

export type UserAuditAction = keyof typeof userAuditLabels;
