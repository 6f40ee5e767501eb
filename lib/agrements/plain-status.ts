import type { IsoDate } from "@/lib/dates";
import type { AgrementStatut } from "@/db/schema";
import { agrementCovers } from "./can-create-session";

export type PlainStatus = "valide" | "en_instruction" | "refusee" | "expiree" | "retiree";

export const plainStatusLabels: Record<PlainStatus, string> = {
  valide: "Valide",
  en_instruction: "En cours d'instruction",
  refusee: "Refusée",
  expiree: "Expirée",
  retiree: "Retirée",
};

export const plainStatusSeverity: Record<PlainStatus, "success" | "info" | "error" | "warning" | "new"> = {
  valide: "success",
  en_instruction: "info",
  refusee: "error",
  expiree: "warning",
  retiree: "error",
};

/**
 * What a centre reads: accepted and covering today (or starting later) is "Valide", accepted and past its
 * end (prolongation of R1 included) is "Expirée". An imported decision "acceptée" is accepted (R8).
 */
export function plainStatus(
  a: { statut: AgrementStatut; validFrom: IsoDate | null; validTo: IsoDate | null },
  today: IsoDate,
  finDeVie: IsoDate | null,
  prolongationMonths: number,
): PlainStatus {
  switch (a.statut) {
    case "en_instruction":
      return "en_instruction";
    case "refusee":
      return "refusee";
    case "retiree":
      return "retiree";
    case "acceptee": {
      // Stryker disable next-line EqualityOperator: an agrément starting today covers today (validFrom ≤ validTo, checked on every write)
      if (a.validFrom && a.validFrom > today) return "valide";
      return agrementCovers(a, today, finDeVie, prolongationMonths) ? "valide" : "expiree";
    }
  }
}
