/** Ce que l'historique des comptes utilisateurs enregistre, et comment l'onglet Historique le nomme. */
export const userAuditLabels = {
  "utilisateur.cree": "Création du compte",
  "utilisateur.modifie": "Modification du compte",
  "utilisateur.desactive": "Désactivation du compte",
  "utilisateur.reactive": "Réactivation du compte",
  "utilisateur.verrouille": "Verrouillage après échecs de connexion",
  "utilisateur.identite_liee": "Association de l'identité ProConnect",
  "utilisateur.identite_deliee": "Dissociation de l'identité ProConnect",
  "connexion.reussie": "Connexion",
  "connexion.echec": "Échec de connexion",
  "connexion.fin": "Déconnexion",
} as const;

export type UserAuditAction = keyof typeof userAuditLabels;
