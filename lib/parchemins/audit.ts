/** Ce que l'historique des parchemins enregistre, et comment l'onglet Historique le nomme. */
export const parcheminAuditLabels = {
  "parchemin.imprime": "Impression d'un parchemin",
  "parchemin.numerote": "Attribution du numéro d'un parchemin",
  "parchemin.annule": "Annulation d'un parchemin",
  "parchemin.lien_cree": "Création d'un lien de téléchargement",
  "parchemin.lien_revoque": "Révocation d'un lien de téléchargement",
  "session.parchemins_imprimes": "Impression des parchemins de la session",
} as const;

export type ParcheminAuditAction = keyof typeof parcheminAuditLabels;

export const impressionMotifLabels = { original: "Original", duplicata: "Duplicata", perte: "Duplicata après perte" } as const;

export const annulationRaisons = ["fraude", "erreur"] as const;
export type AnnulationRaison = (typeof annulationRaisons)[number];
export const annulationRaisonLabels: Record<AnnulationRaison, string> = { fraude: "Fraude", erreur: "Erreur" };
