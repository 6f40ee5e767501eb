import { describe, expect, test } from "vitest";
import { convocationFields, convocationInstant, sessionDefaults } from "@/lib/sessions/defaults";

describe("R2 : valeurs par défaut d'une nouvelle session", () => {
  test.each([
    ["jour du passage à l'heure d'été, 14:37 à Paris", "2027-03-28T12:37:00Z", "2027-03-28", "2027-03-28T06:00:00.000Z"],
    ["jour du passage à l'heure d'hiver, 16:05 à Paris", "2027-10-31T15:05:00Z", "2027-10-31", "2027-10-31T07:00:00.000Z"],
    ["29 février, 08:30 à Paris", "2028-02-29T07:30:00Z", "2028-02-29", "2028-02-29T07:00:00.000Z"],
    ["31 décembre, 23:30 à Paris", "2027-12-31T22:30:00Z", "2027-12-31", "2027-12-31T07:00:00.000Z"],
    ["1er janvier, 00:30 à Paris (encore le 31 décembre en UTC)", "2027-12-31T23:30:00Z", "2028-01-01", "2028-01-01T07:00:00.000Z"],
    ["été, 01:15 à Paris (encore la veille en UTC)", "2027-07-13T23:15:00Z", "2027-07-14", "2027-07-14T06:00:00.000Z"],
  ])("%s : premier jour aujourd'hui à Paris, 08:00, convocation le premier jour à 08:00", (_, now, today, convocation) => {
    const defaults = sessionDefaults(new Date(now));
    expect(defaults).toEqual({ dateDebut: today, dateFin: today, heureDebut: "08:00", convocationDate: today, convocationHeure: "08:00", convocationSaisie: false });
    expect(convocationInstant(defaults).toISOString()).toBe(convocation);
    expect(convocationFields(convocationInstant(defaults))).toEqual({ convocationDate: today, convocationHeure: "08:00" });
  });

  test("l'heure de l'horloge n'est jamais reprise : 08:00 quelle que soit l'heure de création", () => {
    for (const hour of ["00:01", "07:59", "08:01", "12:00", "23:59"]) {
      expect(sessionDefaults(new Date(`2027-05-12T${hour}:00+02:00`)).heureDebut).toBe("08:00");
    }
  });

  test("tant qu'elle n'est pas saisie, la convocation suit le premier jour, y compris par-dessus le changement d'heure", () => {
    const base = { dateDebut: "2027-03-27", heureDebut: "08:00", convocationDate: "2027-03-27", convocationHeure: "08:00", convocationSaisie: false };
    expect(convocationInstant(base).toISOString()).toBe("2027-03-27T07:00:00.000Z");
    // The first day moved across the change: the convocation follows, still 08:00 in Paris.
    const moved = { ...base, dateDebut: "2027-03-29" };
    expect(convocationInstant(moved).toISOString()).toBe("2027-03-29T06:00:00.000Z");
    expect(convocationFields(convocationInstant(moved))).toEqual({ convocationDate: "2027-03-29", convocationHeure: "08:00" });
    // And the start time too.
    expect(convocationFields(convocationInstant({ ...moved, heureDebut: "09:30" }))).toEqual({ convocationDate: "2027-03-29", convocationHeure: "09:30" });
  });

  test("une fois saisie, la convocation garde le jour et l'heure saisis, même si le premier jour change", () => {
    const saisie = { dateDebut: "2027-11-02", heureDebut: "08:00", convocationDate: "2027-10-30", convocationHeure: "07:45", convocationSaisie: true };
    expect(convocationInstant(saisie).toISOString()).toBe("2027-10-30T05:45:00.000Z");
    expect(convocationFields(convocationInstant(saisie))).toEqual({ convocationDate: "2027-10-30", convocationHeure: "07:45" });
    expect(convocationInstant({ ...saisie, dateDebut: "2027-11-09" }).toISOString()).toBe("2027-10-30T05:45:00.000Z");
  });
});
