import { parisTimeToInstant, todayInParis, toParisWallClock, type IsoDate } from "@/lib/dates";

/** DOMAIN R2: a new session starts at 08:00 Paris time, never at the clock time of its creation. */
export const HEURE_DEBUT_DEFAUT = "08:00";

export type SessionPlanning = {
  dateDebut: IsoDate;
  dateFin: IsoDate;
  heureDebut: string;
  /** Convocation as the form shows it: a Paris calendar day and a wall-clock time. */
  convocationDate: IsoDate;
  convocationHeure: string;
  /** False while the convocation follows the first day (R2). */
  convocationSaisie: boolean;
};

/**
 * The planning a creation form opens with (R2): first and last day today in Paris, start at 08:00, and the
 * convocation on the first day at the start time, following it until someone edits it.
 */
export function sessionDefaults(now: Date = new Date()): SessionPlanning {
  const today = todayInParis(now);
  return { dateDebut: today, dateFin: today, heureDebut: HEURE_DEBUT_DEFAUT, convocationDate: today, convocationHeure: HEURE_DEBUT_DEFAUT, convocationSaisie: false };
}

/**
 * The convocation instant to store: while it has not been edited it follows the first day at the start time
 * (whatever the offset of that day, +01:00 or +02:00); once edited, it is the day and time entered.
 */
export function convocationInstant(p: Pick<SessionPlanning, "dateDebut" | "heureDebut" | "convocationDate" | "convocationHeure" | "convocationSaisie">): Date {
  return p.convocationSaisie ? parisTimeToInstant(p.convocationDate, p.convocationHeure) : parisTimeToInstant(p.dateDebut, p.heureDebut);
}

/** The form's convocation fields of a stored session. */
export function convocationFields(convocationAt: Date): { convocationDate: IsoDate; convocationHeure: string } {
  const { date, time } = toParisWallClock(convocationAt);
  return { convocationDate: date, convocationHeure: time };
}
