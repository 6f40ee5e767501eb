/** Ce que la validation et la rectification des résultats inscrivent à l'historique, et comment il le nomme. */
export const validationAuditLabels = {
  "resultat.rectifie": "Rectification d'un résultat validé",
  "session.pv_depose_telecharge": "Téléchargement du PV signé",
} as const;
