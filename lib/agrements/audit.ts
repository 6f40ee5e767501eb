/** Ce que l'historique des agréments (saisis ou importés de VALCE) enregistre, et comment l'onglet Historique le nomme. */
export const agrementAuditLabels = {
  "agrement.depose": "Dépôt de la demande d'agrément",
  "agrement.accepte": "Acceptation de l'agrément",
  "agrement.refuse": "Refus de l'agrément",
  "agrement.retire": "Retrait de l'agrément",
  "agrement.importe": "Import de l'agrément depuis VALCE",
  "agrement.modifie_import": "Mise à jour de l'agrément par un import VALCE",
} as const;

export type AgrementAuditAction = keyof typeof agrementAuditLabels;
