import { canCreateSession, typeOn } from "@/lib/agrements/can-create-session";
import type { R1Facts } from "@/lib/agrements/r1-facts";
import { eachDayOf, formatIsoDate, type IsoDate } from "@/lib/dates";
import { PROLONGATION } from "@/lib/titres/policy";
import { prolongationEnd } from "@/lib/titres/version-state";

export type R1SessionInput = {
  facts: R1Facts;
  siteId: string;
  /** "TP-01281 Agent de restauration (millésime 03)": how the refusal names the title version. */
  titreLabel: string;
  siteLabel: string;
  dateDebut: IsoDate;
  dateFin: IsoDate;
};

export type R1SessionResult =
  | { ok: true; agrementId: string; enProlongation: boolean }
  | { ok: false; date: IsoDate; message: string };

/**
 * DOMAIN R1 on every day of a session, for its title version on its site: the first day that fails gives
 * the refusal, in words a centre can act on. The agrément kept is the one that covers the first day.
 */
export function checkR1ForSession(input: R1SessionInput): R1SessionResult {
  let first: { agrementId: string; enProlongation: boolean } | null = null;
  let enProlongation = false;
  for (const date of eachDayOf(input.dateDebut, input.dateFin)) {
    const result = canCreateSession({ ...input.facts, date, siteId: input.siteId });
    if (!result.ok) return { ok: false, date, message: refusalMessage(input, date, result.reason, result.message) };
    first ??= { agrementId: result.agrementId, enProlongation: result.enProlongation };
    enProlongation ||= result.enProlongation;
  }
  if (!first) return { ok: false, date: input.dateDebut, message: "Le dernier jour ne peut pas précéder le premier jour." };
  return { ok: true, agrementId: first.agrementId, enProlongation };
}

function refusalMessage(input: R1SessionInput, date: IsoDate, reason: string, detail: string): string {
  const day = formatIsoDate(date);
  if (reason === "version_expiree") {
    const cfaEnd = prolongationEnd(input.facts.finDeVie, PROLONGATION.sessionsCfaCrpMonths);
    if (cfaEnd && date <= cfaEnd && typeOn(input.facts.types, date) === null) {
      return `Type de centre non renseigné : pas de prolongation. ${input.titreLabel} a atteint sa fin de vie le ${formatIsoDate(input.facts.finDeVie)} ; seul un CFA ou un CRP dont le type était enregistré au ${day} peut encore y ouvrir une session.`;
    }
    return `${input.titreLabel}, au ${day} : ${lowerFirst(detail)}`;
  }
  return `Le centre n'a pas d'agrément valide pour ${input.titreLabel} sur le site ${input.siteLabel} au ${day} (${lowerFirst(detail).replace(/\.$/, "")}).`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
