/**
 * Prolongation periods (DOMAIN R1, R3). They are policy, set by the ministry, and change: keep them here.
 * - CFA and CRP centres whose type was recorded before the session may create sessions up to 24 months
 *   after a version's fin de vie;
 * - other centres: one year, for sessions registered before the fin de vie (so no new session after it);
 * - a juror habilitated until the fin de vie stays habilitated 24 months further.
 */
export const PROLONGATION = {
  sessionsCfaCrpMonths: 24,
  sessionsAutresCentresMonths: 12,
  habilitationMonths: 24,
} as const;

/** Centre types that open the 24-month prolongation. */
export const TYPES_CENTRE_PROLONGES = ["CFA", "CRP"] as const;
