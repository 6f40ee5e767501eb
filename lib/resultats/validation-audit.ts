/** Ce que la validation et la rectification des résultats inscrivent à l'historique, et comment il le nomme. */
export const validationAuditLabels = {
  "resultat.rectifie": "Rectification d'un résultat validé",
  "session.pv_depose_telecharge": "Téléchargement du PV signé",
  "session.pv_telecharge": "Téléchargement du PV de session",
  "session.emargement_telechargee": "Téléchargement d'une feuille d'émargement",
  "candidat.livret_telecharge": "Téléchargement d'un livret de certification",
} as const;
