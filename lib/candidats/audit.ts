/** Ce que l'historique des candidats et de leurs inscriptions enregistre, et comment l'onglet Historique le nomme. */
export const candidatAuditLabels = {
  "candidat.cree": "Création de la fiche candidat",
  // La création malgré des fiches proches : l'événement garde les fiches montrées (score et raisons).
  "candidat.cree_malgre_proches": "Création confirmée malgré des fiches proches",
  "candidat.modifie": "Modification de la fiche candidat",
  "candidat.inscrit": "Inscription à une session",
  "candidat.desinscrit": "Retrait d'une session",
  "candidat.export": "Export de la liste des candidats",
  "candidat.analyse_lancee": "Lancement d'une analyse des doublons",
  "session.candidat_inscrit": "Inscription d'un candidat",
  "session.candidat_retire": "Retrait d'un candidat",
} as const;

export type CandidatAuditAction = keyof typeof candidatAuditLabels;

export const parcoursLabels = {
  formation_continue: "Formation continue",
  vae: "VAE",
  apprentissage: "Apprentissage",
  capitalisation: "Capitalisation de CCP",
} as const;
