import { createEvents, type EventAttributes } from "ics";
import { parisTimeToInstant, toParisWallClock } from "@/lib/dates";
import type { ConvocationLetter, ConvocationLettersData } from "./data";

/** The session's end time is not recorded: each day's event ends at 18:00 Paris (or one hour after a later start). */
const FIN_INDICATIVE = "18:00";

/**
 * The juror's calendar invitation: one event per session day, written as UTC instants so that every
 * calendar places them at the right Paris time whatever the DST offset of that day. The day of the
 * convocation starts at the convocation time (the juror is expected then); the other days at the start
 * time. UIDs are stable per session, juror and day, and SEQUENCE follows the planning change: a letter
 * sent again after a change of date updates the events instead of adding new ones.
 */
export function convocationIcs(data: ConvocationLettersData, lettre: ConvocationLetter): string {
  const convocation = toParisWallClock(data.convocationAt);
  const location = [data.site.libelle, ...data.site.adresse].join(", ");
  const events: EventAttributes[] = data.jours.map((jour, index) => {
    const start = jour.date === convocation.date ? data.convocationAt : parisTimeToInstant(jour.date, jour.heure);
    const fin = parisTimeToInstant(jour.date, FIN_INDICATIVE);
    const end = fin > start ? fin : new Date(start.getTime() + 3_600_000);
    return {
      uid: `${data.sessionId}.${lettre.jureId}.${jour.date}@ceres`,
      sequence: Math.floor(data.planningChangedAt.getTime() / 1000),
      title: `Jury — session ${data.numero}${data.jours.length > 1 ? ` (jour ${index + 1}/${data.jours.length})` : ""}`,
      description: [
        `Convocation au jury de la session d'examen n° ${data.numero}.`,
        `Titre professionnel ${data.titre}, ${data.version}.`,
        `Convocation ${data.convocation} ; chaque jour à partir de ${data.heureDebut}.`,
        `Centre : ${data.centre.raisonSociale}${data.centre.representant ? ` (${data.centre.representant})` : ""}.`,
      ].join("\n"),
      location,
      start: start.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: end.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      status: "CONFIRMED",
      busyStatus: "BUSY",
      ...(data.centre.email ? { organizer: { name: data.centre.raisonSociale, email: data.centre.email } } : {}),
    };
  });
  const { error, value } = createEvents(events, { productId: "-//CERES//Convocations jury//FR", method: "PUBLISH", calName: `Session ${data.numero}` });
  if (error || !value) throw error ?? new Error("Invitation de calendrier vide");
  return value;
}
