import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import type { AgrementStatut } from "@/db/schema";
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { PROLONGATION } from "@/lib/titres/policy";
import { prolongationEnd, sessionProlongationMonths, versionStateOn } from "@/lib/titres/version-state";

export type AgrementFacts = { id: string; statut: AgrementStatut; siteId: string; validFrom: IsoDate | null; validTo: IsoDate | null };
export type TypeFact = { typeCentre: string | null; validFrom: IsoDate };

export type R1Input = {
  /** First day of the session. */
  date: IsoDate;
  siteId: string;
  finDeVie: IsoDate | null;
  /** The centre's agréments for this title version, every site and state. */
  agrements: AgrementFacts[];
  /** The centre's recorded types, with the date each holds from. */
  types: TypeFact[];
};

export type R1Refusal =
  | "aucun_agrement"
  | "agrement_autre_site"
  | "agrement_en_instruction"
  | "agrement_refuse"
  | "agrement_retire"
  | "agrement_pas_encore_valide"
  | "agrement_expire"
  | "agrement_sans_validite"
  | "version_expiree";

export type R1Result =
  | { ok: true; agrementId: string; enProlongation: boolean }
  | { ok: false; reason: R1Refusal; message: string };

/**
 * The type that held on a date: the entry with the latest start on or before it (null: none recorded).
 * `types` come in recording order, so for two entries from the same day the later record wins.
 */
export function typeOn(types: TypeFact[], date: IsoDate): string | null {
  let held: TypeFact | null = null;
  for (const t of types) if (t.validFrom <= date && (!held || t.validFrom >= held.validFrom)) held = t;
  return held?.typeCentre ?? null;
}

/**
 * An accepted agrément covers a date inside its validity; one that ran until the version's fin de vie also
 * covers the centre's prolongation period (an agrément cannot end after the fin de vie, DOMAIN glossary,
 * so without this the CFA/CRP prolongation of R1 could never be used).
 */
export function agrementCovers(a: Pick<AgrementFacts, "statut" | "validFrom" | "validTo">, date: IsoDate, finDeVie: IsoDate | null, prolongationMonths: number): boolean {
  if (a.statut !== "acceptee" || !a.validFrom || a.validFrom > date) return false;
  if (!a.validTo || date <= a.validTo) return true;
  const end = a.validTo === finDeVie ? prolongationEnd(finDeVie, prolongationMonths) : null;
  // Stryker disable next-line ConditionalExpression: without an end, `date <= null` is false anyway
  return end !== null && date <= end;
}

/** DOMAIN R1: can this centre create a session for this title version on this site on this date — and if not, why. */
export function canCreateSession(input: R1Input): R1Result {
  const typeCentre = typeOn(input.types, input.date);
  const months = sessionProlongationMonths({ typeCentre });
  const state = versionStateOn(input.finDeVie, input.date, months);
  if (state === "expire") {
    const cfaEnd = prolongationEnd(input.finDeVie, PROLONGATION.sessionsCfaCrpMonths)!;
    const message =
      input.date <= cfaEnd
        ? `Cette version du titre a atteint sa fin de vie le ${formatIsoDate(input.finDeVie)}. Seuls les CFA et les CRP dont le type était enregistré à la date de la session peuvent encore créer des sessions, jusqu'au ${formatIsoDate(cfaEnd)}.`
        : `Cette version du titre a atteint sa fin de vie le ${formatIsoDate(input.finDeVie)} : plus aucune session ne peut être créée.`;
    return { ok: false, reason: "version_expiree", message };
  }

  const sameSite = input.agrements.filter((a) => a.siteId === input.siteId);
  const valid = sameSite.find((a) => agrementCovers(a, input.date, input.finDeVie, months));
  if (valid) return { ok: true, agrementId: valid.id, enProlongation: state === "en_prolongation" };

  if (input.agrements.length === 0) {
    return { ok: false, reason: "aucun_agrement", message: "Le centre n'a pas d'agrément pour cette version du titre." };
  }
  if (sameSite.length === 0) {
    return { ok: false, reason: "agrement_autre_site", message: "L'agrément du centre pour cette version du titre porte sur un autre site." };
  }
  const by = (statut: AgrementStatut) => sameSite.find((a) => a.statut === statut);
  const accepted = sameSite.filter((a) => a.statut === "acceptee");
  // Stryker disable next-line EqualityOperator: an accepted agrément starting on the date covers it (validFrom ≤ validTo, checked on every write)
  const future = accepted.find((a) => a.validFrom && a.validFrom > input.date);
  if (future) {
    return { ok: false, reason: "agrement_pas_encore_valide", message: `L'agrément de ce site n'est valide qu'à partir du ${formatIsoDate(future.validFrom)}.` };
  }
  // Here an accepted agrément with both dates has ended; one without a start (legacy rows) never covered a day.
  const ends = accepted.flatMap((a) => (a.validFrom && a.validTo ? [a.validTo] : []));
  if (ends.length) {
    return { ok: false, reason: "agrement_expire", message: `L'agrément de ce site a expiré le ${formatIsoDate(ends.sort().at(-1)!)}.` };
  }
  if (accepted.length) {
    return { ok: false, reason: "agrement_sans_validite", message: "L'agrément de ce site n'a pas de début de validité enregistré : il ne couvre aucune date. La DREETS peut le corriger." };
  }
  if (by("en_instruction")) return { ok: false, reason: "agrement_en_instruction", message: "La demande d'agrément pour ce site est en cours d'instruction." };
  if (by("retiree")) return { ok: false, reason: "agrement_retire", message: "L'agrément de ce site a été retiré." };
  return { ok: false, reason: "agrement_refuse", message: "La demande d'agrément pour ce site a été refusée." };
}

/**
 * R1 on every day of a session, from the first to the last, on one same site of the centre: what a centre
 * must hold to see the jurors it could convene for that session (a session lasts a few days, at most 31).
 */
export function canHoldSession(facts: Omit<R1Input, "date" | "siteId">, debut: IsoDate, fin: IsoDate): boolean {
  const days: IsoDate[] = [];
  for (let d = parseISO(debut); format(d, "yyyy-MM-dd") <= fin; d = addDays(d, 1)) days.push(format(d, "yyyy-MM-dd"));
  if (!days.length) return false;
  const siteIds = [...new Set(facts.agrements.map((a) => a.siteId))];
  return siteIds.some((siteId) => days.every((date) => canCreateSession({ ...facts, date, siteId }).ok));
}
