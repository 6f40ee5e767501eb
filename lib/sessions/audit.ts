/** Ce que l'historique d'une session enregistre, et comment l'onglet Historique le nomme. */
export const sessionAuditLabels = {
  "session.creee": "Création de la session",
  "session.modifiee": "Modification des informations",
  "session.declarer": "Déclaration de la session",
  "session.constituer_jury": "Jury constitué",
  "session.defaire_jury": "Jury incomplet",
  "session.saisir_resultats": "Résultats saisis",
  "session.transmettre": "Transmission à l'unité départementale",
  "session.renvoyer": "Renvoi au centre",
  "session.valider": "Validation des résultats",
  "session.annuler": "Annulation de la session",
  "session.jure_convoque": "Convocation d'un juré",
  "session.jure_retire": "Retrait d'un juré du jury",
  "session.convocations_envoyees": "Envoi des convocations par courriel",
  "session.lettres_telechargees": "Téléchargement des lettres de convocation",
  "session.export": "Export de la liste des sessions",
  "session.resultat_saisi": "Saisie du résultat d'un candidat",
} as const;

export type SessionAuditAction = keyof typeof sessionAuditLabels;
