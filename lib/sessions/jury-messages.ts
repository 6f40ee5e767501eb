import type { SessionStatut } from "@/db/schema";
import { nomPrenoms } from "@/lib/jures/display";
import { reasonLabel, type DateRange, type EligibilityResult } from "@/lib/jures/eligibility";
import { JURY_MODIFIABLE, sessionStatutLabels } from "./transitions";

export const SESSION_INTROUVABLE = "Session introuvable ou hors de votre périmètre.";
export const JURE_INTROUVABLE = "Juré introuvable ou hors de votre périmètre.";

type Named = { nomNaissance: string; nomUsage: string | null; prenoms: string };

/** "NGUYỄN Thị Mai : Lié au centre de la session (formateur)" — a juror R4 refuses, and every reason. */
export function ineligibilityText(jure: Named, verdict: EligibilityResult, session: DateRange): string {
  const reasons = verdict.reasons.map((r) => reasonLabel(r, { finHabilitation: verdict.finHabilitation, liensActifs: verdict.liensActifs, session }));
  return `${nomPrenoms(jure)} : ${reasons.join(" ; ")}`;
}

/** Why the jury of a session in this state cannot change; null when it can (JURY_MODIFIABLE). */
export function juryClosedReason(statut: SessionStatut): string | null {
  if (JURY_MODIFIABLE.includes(statut)) return null;
  switch (statut) {
    case "brouillon":
      return "Déclarez la session pour convoquer le jury : tant qu'elle est en brouillon, ses dates peuvent encore changer.";
    case "annulee":
      return "La session est annulée : son jury ne change plus.";
    default:
      return `La session est à l'état « ${sessionStatutLabels[statut]} » : les résultats sont saisis, le jury ne change plus.`;
  }
}
