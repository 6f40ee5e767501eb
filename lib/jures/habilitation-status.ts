import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { PROLONGATION } from "@/lib/titres/policy";
import { finEffective } from "./eligibility";

export type PeriodeView = {
  id: string;
  debut: IsoDate;
  fin: IsoDate;
  /** R3: set when the period runs until the version's fin de vie (derived, never stored). */
  finProlongee: IsoDate | null;
  derogationMotif: string | null;
  derogationCriteres: string[] | null;
};

/** What the habilitation screen shows: the periods in order, and "Habilité jusqu'au …" with its R3 prolongation. */
export function habilitationStatus(
  periodes: { id: string; debut: IsoDate; fin: IsoDate; derogationMotif?: string | null; derogationCriteres?: string[] | null }[],
  finDeVie: IsoDate | null,
  months: number = PROLONGATION.habilitationMonths,
) {
  const views: PeriodeView[] = [...periodes]
    .sort((a, b) => a.debut.localeCompare(b.debut))
    .map((p) => {
      const effective = finEffective(p.fin, finDeVie, months);
      return {
        id: p.id,
        debut: p.debut,
        fin: p.fin,
        finProlongee: effective.prolongee ? effective.fin : null,
        derogationMotif: p.derogationMotif ?? null,
        derogationCriteres: p.derogationCriteres ?? null,
      };
    });
  const last = views.reduce<PeriodeView | null>((acc, p) => (!acc || p.fin > acc.fin ? p : acc), null);
  return { periodes: views, finEnregistree: last?.fin ?? null, finProlongee: last?.finProlongee ?? null };
}

/** "prolongée jusqu'au 30/06/2026 (prolongation du titre)" */
export function prolongationText(finProlongee: IsoDate): string {
  return `prolongée jusqu'au ${formatIsoDate(finProlongee)} (prolongation du titre)`;
}
