/** Ce que l'historique des référentiels territoriaux enregistre, et comment l'onglet Historique le nomme. */
export const territoireAuditLabels = {
  "departement.commune_ud_modifiee": "Modification de la commune de l'UD",
} as const;

export type TerritoireAuditAction = keyof typeof territoireAuditLabels;

export const territoireFieldLabels = {
  udCommuneCode: "Code INSEE de la commune de l'UD",
  udCommuneNom: "Commune de l'UD (lieu de délivrance)",
};
