import { addMonths, eachDayOf, formatIsoDate, type IsoDate } from "@/lib/dates";
import { PROLONGATION } from "@/lib/titres/policy";

// DOMAIN R3 and R4, with no database: lib/jures/convocation-query.ts applies the same rule in SQL, and an
// integration test proves that both agree.

export type DateRange = { debut: IsoDate; fin: IsoDate };
export type PeriodeFact = DateRange;
export type LienFact = { centreId: string; type: string; debut: IsoDate; fin: IsoDate | null };

export type EligibilityInput = {
  session: DateRange & { centreId: string };
  /** Fin de vie of the session's title version (null: none known). */
  finDeVie: IsoDate | null;
  /** The juror's recorded periods for the session's title version (empty: not habilitated for it). */
  periodes: PeriodeFact[];
  liens: LienFact[];
  /**
   * Days of the other sessions the juror is convened to: active convocations (not removed) to sessions that
   * are not cancelled, this session excluded — what convocation-sql.ts reads from session_jures.
   */
  convocations?: DateRange[];
  prolongationMonths?: number;
};

export const reasons = ["non_habilite", "habilitation_incomplete", "lie_au_centre", "deja_convoque"] as const;
export type IneligibilityReason = (typeof reasons)[number];

export type EligibilityResult = {
  eligible: boolean;
  reasons: IneligibilityReason[];
  /** Latest end of the habilitation for this version, R3 included (null: no period). */
  finHabilitation: IsoDate | null;
  /** Types of the links to the session's centre active during the session. */
  liensActifs: string[];
};

/**
 * R3: a period that runs until the version's fin de vie is prolonged, as a derived value, to the fin de vie
 * plus the prolongation; a period can never run further than that.
 */
export function finEffective(fin: IsoDate, finDeVie: IsoDate | null, months: number = PROLONGATION.habilitationMonths): { fin: IsoDate; prolongee: boolean } {
  if (finDeVie && fin >= finDeVie) return { fin: addMonths(finDeVie, months), prolongee: months > 0 };
  return { fin, prolongee: false };
}

/** Every calendar day of a range, both ends included. */
export function eachDay(range: DateRange): IsoDate[] {
  if (range.debut > range.fin) throw new Error(`Période inversée : ${range.debut} > ${range.fin}`);
  return eachDayOf(range.debut, range.fin);
}

function overlaps(a: DateRange, b: { debut: IsoDate; fin: IsoDate | null }): boolean {
  return b.debut <= a.fin && (b.fin === null || b.fin >= a.debut);
}

/** R4: can this juror sit on this session's jury — and if not, every reason why. */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  const months = input.prolongationMonths ?? PROLONGATION.habilitationMonths;
  const effective = input.periodes.map((p) => ({ debut: p.debut, fin: finEffective(p.fin, input.finDeVie, months).fin }));
  const found: IneligibilityReason[] = [];
  if (effective.length === 0) found.push("non_habilite");
  else if (!eachDay(input.session).every((d) => effective.some((p) => p.debut <= d && d <= p.fin))) found.push("habilitation_incomplete");
  const liensActifs = input.liens.filter((l) => l.centreId === input.session.centreId && overlaps(input.session, l)).map((l) => l.type);
  if (liensActifs.length) found.push("lie_au_centre");
  if ((input.convocations ?? []).some((c) => overlaps(input.session, c))) found.push("deja_convoque");
  const finHabilitation = effective.length ? effective.map((p) => p.fin).sort().at(-1)! : null;
  return { eligible: found.length === 0, reasons: found, finHabilitation, liensActifs: [...new Set(liensActifs)].sort() };
}

export const lienTypeLabels: Record<string, string> = { salarie: "salarié", formateur: "formateur", autre: "autre lien" };

/** The sentence the list shows for a reason. */
export function reasonLabel(reason: IneligibilityReason, facts: { finHabilitation: IsoDate | null; liensActifs: string[]; session: DateRange }): string {
  switch (reason) {
    case "non_habilite":
      return "Non habilité pour cette version du titre";
    case "habilitation_incomplete":
      return facts.finHabilitation && facts.finHabilitation < facts.session.fin
        ? `Habilitation valable jusqu'au ${formatIsoDate(facts.finHabilitation)}, avant le dernier jour de la session`
        : "Habilitation qui ne couvre pas tous les jours de la session";
    case "lie_au_centre":
      return `Lié au centre de la session (${facts.liensActifs.map((t) => lienTypeLabels[t] ?? t).join(", ")})`;
    case "deja_convoque":
      return "Déjà convoqué à une autre session sur ces dates";
  }
}
