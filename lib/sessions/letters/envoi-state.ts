/** Where a juror's e-mailed letter stands: never sent, sent and current, or sent before the planning changed. */
export type EnvoiState = "jamais_envoyee" | "envoyee" | "a_renvoyer";

export function envoiState(lettreEnvoyeeAt: Date | null, planningChangedAt: Date): EnvoiState {
  if (!lettreEnvoyeeAt) return "jamais_envoyee";
  return lettreEnvoyeeAt < planningChangedAt ? "a_renvoyer" : "envoyee";
}

export const envoiStateLabels: Record<EnvoiState, string> = {
  jamais_envoyee: "Non envoyée",
  envoyee: "Envoyée",
  a_renvoyer: "À renvoyer (planning modifié)",
};

/** Only these sessions send convocations: a draft's dates still move, later states are past the exam. */
export const ENVOI_STATUTS = ["declaree", "jury_constitue"] as const;

/** A cancelled session's letters are neither downloaded nor sent: the route, the e-mailing and the Documents tab say so. */
export const lettresAnnuleesMessage = (numero: string) => `La session n° ${numero} est annulée : ses lettres de convocation ne sont plus disponibles.`;
export const envoiAnnuleMessage = (numero: string) => `La session n° ${numero} est annulée : ses convocations ne s'envoient plus.`;
