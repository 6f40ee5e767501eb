import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { checkCriteria, critereLabels, type Competences, type Critere } from "./criteria";
import type { DateRange } from "./eligibility";

export type PeriodeRefusal = { ok: false; field: "dateDebut" | "dateFin" | "derogation"; message: string };

/** A period never ends after the version's fin de vie (R3 prolongs it by derivation), nor overlaps another. */
export function checkPeriodeDates(periode: DateRange, finDeVie: IsoDate | null, autres: DateRange[]): { ok: true } | PeriodeRefusal {
  if (finDeVie && periode.fin > finDeVie) {
    return { ok: false, field: "dateFin", message: `Une période d'habilitation ne peut pas finir après la fin de vie de la version du titre (${formatIsoDate(finDeVie)}).` };
  }
  const overlap = autres.find((p) => p.debut <= periode.fin && p.fin >= periode.debut);
  if (overlap) {
    return { ok: false, field: "dateDebut", message: `Cette période chevauche la période du ${formatIsoDate(overlap.debut)} au ${formatIsoDate(overlap.fin)}.` };
  }
  return { ok: true };
}

export type CriteriaDecision =
  | { ok: true; derogation: null }
  | { ok: true; derogation: { motif: string; criteres: Critere[]; note: string } }
  | PeriodeRefusal;

/**
 * Criteria checked when a period is created or extended: met, or refused with the reasons, or accepted on
 * the agent's written justification — a derogation that is stored on the period and shown with it.
 */
export function decideCriteria(competences: Competences, debut: IsoDate, justification: string | null): CriteriaDecision {
  const result = checkCriteria(competences, debut);
  if (result.ok) return { ok: true, derogation: null };
  const reasons = result.unmet.map((u) => u.message).join(" ");
  if (!justification) {
    return {
      ok: false,
      field: "derogation",
      message: `Les critères d'habilitation ne sont pas remplis : ${reasons} Complétez les compétences, ou habilitez par dérogation en écrivant la justification.`,
    };
  }
  const criteres = result.unmet.map((u) => u.critere);
  return { ok: true, derogation: { motif: justification, criteres, note: `Habilitation par dérogation (${criteres.map((c) => critereLabels[c]).join(", ")})` } };
}
