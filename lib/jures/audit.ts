/** Ce que l'historique des jurés, de leurs liens et de leurs habilitations enregistre, et comment l'onglet Historique le nomme. */
export const jureAuditLabels = {
  "jure.cree": "Création du juré",
  "jure.modifie": "Modification de la fiche du juré",
  "jure.lien_ajoute": "Déclaration d'un lien avec un centre",
  "jure.lien_modifie": "Modification d'un lien avec un centre",
  "jure.importe": "Création par import",
  "habilitation.creee": "Ouverture d'une habilitation",
  "habilitation.modifiee": "Modification des compétences",
  "habilitation.periode_ajoutee": "Ajout d'une période d'habilitation",
  "habilitation.periode_prolongee": "Extension d'une période d'habilitation",
  "habilitation.importee": "Période importée",
  // Tracé sur le centre de la session : qui a exporté la liste des jurés à convoquer, sur quels critères.
  "centre.jures_a_convoquer_exportes": "Export de la liste des jurés à convoquer",
} as const;

export type JureAuditAction = keyof typeof jureAuditLabels;
