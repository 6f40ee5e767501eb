import { afterEach, describe, expect, test, vi } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  eachDayOf,
  formatDateParis,
  formatDateTimeParis,
  formatIsoDate,
  isIsoDate,
  parisTimeToInstant,
  parseFrenchDate,
  PARIS,
  todayInParis,
  toParisWallClock,
} from "@/lib/dates";

describe("jours du calendrier", () => {
  test.each([
    ["2026-03-12", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["2026-02-28", true],
    ["2026-12-31", true],
    ["2026-01-01", true],
    ["2026-02-29", false],
    ["1900-02-29", false],
    ["2026-02-30", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["2026-1-05", false],
    ["26-01-05", false],
    ["2026-01-05T00:00", false],
    [" 2026-01-05", false],
    ["2026-01-05 ", false],
    ["x2026-01-05", false],
    ["05/01/2026", false],
    ["", false],
  ])("%o est un jour AAAA-MM-JJ : %o", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test.each([
    ["18/11/2015", "2015-11-18"],
    ["29/02/2024", "2024-02-29"],
    ["31/12/2026", "2026-12-31"],
    ["01/01/2027", "2027-01-01"],
    [" 01/01/2027 ", "2027-01-01"],
    ["29/02/2026", null],
    ["31/04/2026", null],
    ["00/01/2026", null],
    ["12/13/2026", null],
    ["1/1/2026", null],
    ["01/01/26", null],
    ["2026-01-01", null],
    ["01-01-2026", null],
    ["x01/01/2026", null],
    ["01/01/2026x", null],
    ["", null],
  ])("JJ/MM/AAAA %o se lit %o", (text, expected) => {
    expect(parseFrenchDate(text)).toBe(expected);
  });

  test.each([
    ["2026-02-28", "28/02/2026"],
    ["2024-02-29", "29/02/2024"],
    ["1961-08-04", "04/08/1961"],
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["07/11/2012", "07/11/2012"],
    ["2026-13", "2026-13"],
    ["x2026-01-05", "x2026-01-05"],
  ])("%o s'écrit %o", (date, expected) => {
    expect(formatIsoDate(date)).toBe(expected);
  });

  test.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2027-03-27", 1, "2027-03-28"],
    ["2027-03-28", 1, "2027-03-29"],
    ["2027-10-31", 1, "2027-11-01"],
    ["2026-03-12", 0, "2026-03-12"],
    ["2026-03-12", 365, "2027-03-12"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i jour(s) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  test.each([
    ["31 janvier + 1 mois, année ordinaire", "2026-01-31", 1, "2026-02-28"],
    ["31 janvier + 1 mois, année bissextile", "2024-01-31", 1, "2024-02-29"],
    ["29 février + 24 mois", "2024-02-29", 24, "2026-02-28"],
    ["29 février + 48 mois", "2024-02-29", 48, "2028-02-29"],
    ["29 février + 12 mois", "2024-02-29", 12, "2025-02-28"],
    ["31 mars + 1 mois", "2026-03-31", 1, "2026-04-30"],
    ["30 avril + 1 mois garde le 30", "2026-04-30", 1, "2026-05-30"],
    ["31 août + 1 mois", "2026-08-31", 1, "2026-09-30"],
    ["15 décembre + 1 mois change d'année", "2026-12-15", 1, "2027-01-15"],
    ["31 décembre + 2 mois", "2026-12-31", 2, "2027-02-28"],
    ["1er juillet + 24 mois", "2024-07-01", 24, "2026-07-01"],
    ["15 janvier - 1 mois", "2027-01-15", -1, "2026-12-15"],
    ["31 mars - 1 mois", "2024-03-31", -1, "2024-02-29"],
    ["0 mois", "2026-03-12", 0, "2026-03-12"],
    ["13 mois", "2026-03-12", 13, "2027-04-12"],
  ])("%s : %s + %i mois = %s", (_, date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  test.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2020-06-30", 3, "2023-06-30"],
    ["2026-03-12", -5, "2021-03-12"],
    ["2026-12-31", 0, "2026-12-31"],
  ])("%s + %i an(s) = %s", (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  test.each([
    ["2026-03-12", "2026-03-12", 0],
    ["2026-03-12", "2026-03-13", 1],
    ["2026-03-13", "2026-03-12", -1],
    ["2027-03-27", "2027-03-29", 2],
    ["2027-10-30", "2027-11-01", 2],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-01-01", "2027-01-01", 365],
    ["2024-01-01", "2025-01-01", 366],
  ])("de %s à %s : %i jour(s)", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  test.each([
    ["2027-03-27", "2027-03-29", ["2027-03-27", "2027-03-28", "2027-03-29"]],
    ["2024-02-28", "2024-03-01", ["2024-02-28", "2024-02-29", "2024-03-01"]],
    ["2026-12-31", "2027-01-01", ["2026-12-31", "2027-01-01"]],
    ["2026-03-12", "2026-03-12", ["2026-03-12"]],
    ["2026-03-13", "2026-03-12", []],
  ])("jours de %s à %s", (debut, fin, expected) => {
    expect(eachDayOf(debut, fin)).toEqual(expected);
  });
});

describe("heure de Paris", () => {
  afterEach(() => vi.useRealTimers());

  test("le fuseau est celui de Paris", () => {
    expect(PARIS).toBe("Europe/Paris");
  });

  test.each([
    ["23:30 à Paris le 31 décembre (22:30 UTC)", "2026-12-31T22:30:00Z", "2026-12-31"],
    ["00:30 à Paris le 1er janvier (23:30 UTC la veille)", "2026-12-31T23:30:00Z", "2027-01-01"],
    ["23:59 à Paris en hiver", "2027-01-14T22:59:59Z", "2027-01-14"],
    ["minuit à Paris en hiver", "2027-01-14T23:00:00Z", "2027-01-15"],
    ["23:30 à Paris en été (21:30 UTC)", "2027-07-14T21:30:00Z", "2027-07-14"],
    ["00:30 à Paris en été (22:30 UTC la veille)", "2027-07-14T22:30:00Z", "2027-07-15"],
    ["01:30 UTC le jour du passage à l'heure d'été", "2027-03-28T01:30:00Z", "2027-03-28"],
    ["22:30 UTC le jour du passage à l'heure d'hiver", "2027-10-31T22:30:00Z", "2027-10-31"],
    ["23:30 UTC le jour du passage à l'heure d'hiver", "2027-10-31T23:30:00Z", "2027-11-01"],
    ["29 février à 23:30 UTC", "2028-02-29T23:30:00Z", "2028-03-01"],
  ])("aujourd'hui, %s, c'est le %s", (_, now, expected) => {
    expect(todayInParis(new Date(now))).toBe(expected);
  });

  test("sans argument, aujourd'hui est celui de l'horloge", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-31T23:30:00Z"));
    expect(todayInParis()).toBe("2027-01-01");
  });

  test.each([
    ["08:00 la veille du passage à l'heure d'été (+01:00)", "2027-03-27", "08:00", "2027-03-27T07:00:00.000Z"],
    ["08:00 le jour du passage à l'heure d'été (+02:00)", "2027-03-28", "08:00", "2027-03-28T06:00:00.000Z"],
    ["01:59, juste avant le changement de printemps", "2027-03-28", "01:59", "2027-03-28T00:59:00.000Z"],
    ["02:30 n'existe pas : l'heure d'après", "2027-03-28", "02:30", "2027-03-28T01:30:00.000Z"],
    ["03:00 au printemps", "2027-03-28", "03:00", "2027-03-28T01:00:00.000Z"],
    ["08:00 la veille du passage à l'heure d'hiver (+02:00)", "2027-10-30", "08:00", "2027-10-30T06:00:00.000Z"],
    ["08:00 le jour du passage à l'heure d'hiver (+01:00)", "2027-10-31", "08:00", "2027-10-31T07:00:00.000Z"],
    ["02:30 en double à l'automne : la seconde (heure d'hiver)", "2027-10-31", "02:30", "2027-10-31T01:30:00.000Z"],
    ["minuit en hiver", "2027-01-01", "00:00", "2026-12-31T23:00:00.000Z"],
    ["23:59 en été", "2027-07-14", "23:59", "2027-07-14T21:59:00.000Z"],
    ["08:45 le 29 février", "2028-02-29", "08:45", "2028-02-29T07:45:00.000Z"],
  ])("%s : %s %s à Paris = %s", (_, date, time, expected) => {
    expect(parisTimeToInstant(date, time).toISOString()).toBe(expected);
  });

  test.each(["8:00", "08h00", "0800", "08:00:00", "", "x08:00", "08:00x"])("l'heure %o est refusée", (time) => {
    expect(() => parisTimeToInstant("2027-03-28", time)).toThrow(`Heure invalide : ${time}`);
  });

  test.each([
    ["2027-03-28T06:00:00Z", "2027-03-28", "08:00"],
    ["2027-03-27T07:00:00Z", "2027-03-27", "08:00"],
    ["2027-10-31T07:00:00Z", "2027-10-31", "08:00"],
    ["2027-10-31T00:30:00Z", "2027-10-31", "02:30"],
    ["2027-10-31T01:30:00Z", "2027-10-31", "02:30"],
    ["2026-12-31T23:30:00Z", "2027-01-01", "00:30"],
  ])("l'instant %s est le %s à %s à Paris", (instant, date, time) => {
    expect(toParisWallClock(new Date(instant))).toEqual({ date, time });
  });

  test.each([
    ["2027-03-28", "08:00"],
    ["2027-10-31", "08:00"],
    ["2027-10-30", "23:45"],
    ["2028-02-29", "00:00"],
  ])("%s %s à Paris, aller et retour", (date, time) => {
    expect(toParisWallClock(parisTimeToInstant(date, time))).toEqual({ date, time });
  });

  test.each([
    ["2015-11-18T07:00:00Z", "18/11/2015", "18/11/2015 à 08:00"],
    ["2026-12-31T23:30:00Z", "01/01/2027", "01/01/2027 à 00:30"],
    ["2027-07-14T22:30:00.000Z", "15/07/2027", "15/07/2027 à 00:30"],
    ["2027-03-28T06:00:00Z", "28/03/2027", "28/03/2027 à 08:00"],
    ["2027-10-31T07:05:00Z", "31/10/2027", "31/10/2027 à 08:05"],
  ])("l'instant %s s'écrit %s, %s", (instant, date, dateTime) => {
    expect(formatDateParis(instant)).toBe(date);
    expect(formatDateParis(new Date(instant))).toBe(date);
    expect(formatDateTimeParis(instant)).toBe(dateTime);
    expect(formatDateTimeParis(new Date(instant))).toBe(dateTime);
  });

  test.each([null, undefined, ""])("pas d'instant (%o) : rien à écrire", (instant) => {
    expect(formatDateParis(instant)).toBe("");
    expect(formatDateTimeParis(instant)).toBe("");
  });
});
