export type { DecisionResultat, IssueCcp } from "@/db/schema";
import { issueCcpLabels } from "./coherence";
import type { ResultatCandidat } from "./session-resultats";

/**
 * What a read-only results table (the validation page, the PV) shows for one CCP of one candidate: the
 * outcome at this session; "Capitalisé" when the CCP was acquired in an earlier validated session and is not
 * acquired again here; "Non évalué" for a CCP a session CCP does not assess; "—" while nothing is entered.
 */
export function celluleCcp(candidat: Pick<ResultatCandidat, "issues" | "acquisAnterieurs">, ccpId: string, evalues: readonly string[]): { label: string; capitalise: boolean } {
  const issue = candidat.issues[ccpId];
  if (issue === "acquis") return { label: issueCcpLabels.acquis, capitalise: false };
  if (candidat.acquisAnterieurs.includes(ccpId)) return { label: "Capitalisé", capitalise: true };
  if (!evalues.includes(ccpId)) return { label: "Non évalué", capitalise: false };
  return { label: issue ? issueCcpLabels[issue] : "—", capitalise: false };
}

/** "depuis 12 jours": how long a transmitted session has waited for validation, in whole days. */
export function attenteLabel(transmiseAt: Date | string | null, now: Date): string {
  if (!transmiseAt) return "—";
  const days = Math.floor((now.getTime() - new Date(transmiseAt).getTime()) / 86_400_000);
  return days <= 0 ? "depuis aujourd'hui" : days === 1 ? "depuis 1 jour" : `depuis ${days} jours`;
}
