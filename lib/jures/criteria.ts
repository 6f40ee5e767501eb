import { addDays, addYears, formatIsoDate, type IsoDate } from "@/lib/dates";

/** Criteria of a habilitation (DOMAIN glossary). Policy: keep the numbers here. */
export const HABILITATION_CRITERIA = { minYearsInJob: 3, maxYearsOutOfJob: 5 } as const;

export const criteres = ["anciennete", "inactivite", "professionnalisation"] as const;
export type Critere = (typeof criteres)[number];

export const critereLabels: Record<Critere, string> = {
  anciennete: `au moins ${HABILITATION_CRITERIA.minYearsInJob} ans dans l'emploi`,
  inactivite: `pas plus de ${HABILITATION_CRITERIA.maxYearsOutOfJob} ans hors de l'emploi`,
  professionnalisation: "date de professionnalisation",
};

export type Competences = {
  dateDebutEmploi: IsoDate | null;
  dateDerniereOccupation: IsoDate | null;
  dateProfessionnalisation: IsoDate | null;
};

export type CriteriaResult = { ok: true } | { ok: false; unmet: { critere: Critere; message: string }[] };

/**
 * Checks the criteria for a period starting on `debut` (for an extension: the day after the current end):
 * at least 3 years in the job, not out of it for more than 5 years on that day, a professionalisation date.
 */
export function checkCriteria(competences: Competences, debut: IsoDate): CriteriaResult {
  const { dateDebutEmploi, dateDerniereOccupation, dateProfessionnalisation } = competences;
  const unmet: { critere: Critere; message: string }[] = [];
  if (!dateDebutEmploi || !dateDerniereOccupation) {
    unmet.push({ critere: "anciennete", message: "Dates d'emploi à saisir : la durée dans l'emploi ne peut pas être vérifiée." });
  } else {
    if (addYears(dateDebutEmploi, HABILITATION_CRITERIA.minYearsInJob) > dateDerniereOccupation) {
      unmet.push({
        critere: "anciennete",
        message: `Moins de ${HABILITATION_CRITERIA.minYearsInJob} ans dans l'emploi (du ${formatIsoDate(dateDebutEmploi)} au ${formatIsoDate(dateDerniereOccupation)}).`,
      });
    }
    if (addYears(dateDerniereOccupation, HABILITATION_CRITERIA.maxYearsOutOfJob) < debut) {
      unmet.push({
        critere: "inactivite",
        message: `Plus de ${HABILITATION_CRITERIA.maxYearsOutOfJob} ans hors de l'emploi au ${formatIsoDate(debut)} (dernière occupation connue le ${formatIsoDate(dateDerniereOccupation)}).`,
      });
    }
  }
  if (!dateProfessionnalisation) unmet.push({ critere: "professionnalisation", message: "Date de professionnalisation à saisir (session d'information des membres de jury)." });
  return unmet.length ? { ok: false, unmet } : { ok: true };
}

export function dayAfter(date: IsoDate): IsoDate {
  return addDays(date, 1);
}
