import type { SessionStatut } from "@/db/schema";
import { formatIsoDate, type IsoDate } from "@/lib/dates";

/** States in which results are entered: from the constituted jury until the session is transmitted to the UD. */
export const RESULTATS_MODIFIABLES: readonly SessionStatut[] = ["jury_constitue", "resultats_saisis"];

/** States in which the results exist and are shown read-only: transmitted to the UD, then validated. */
export const RESULTATS_EN_LECTURE: readonly SessionStatut[] = ["transmise", "validee"];

export type OuvertureSaisie = { ok: true } | { ok: false; message: string };

/**
 * May results be entered today (Paris calendar day)? Entry opens on the session's first day — presence is
 * taken that morning and the jury deliberates at the end of the exam — and closes at the transmission.
 */
export function saisieResultatsOuverte(session: { statut: SessionStatut; dateDebut: IsoDate }, today: IsoDate): OuvertureSaisie {
  if (RESULTATS_EN_LECTURE.includes(session.statut)) {
    return { ok: false, message: "Les résultats ont été transmis à l'unité départementale : ils ne se modifient plus ici." };
  }
  if (!RESULTATS_MODIFIABLES.includes(session.statut)) {
    return { ok: false, message: "Les résultats se saisissent une fois le jury constitué." };
  }
  if (today < session.dateDebut) {
    return { ok: false, message: `La saisie des résultats ouvre le ${formatIsoDate(session.dateDebut)}, premier jour de la session.` };
  }
  return { ok: true };
}
