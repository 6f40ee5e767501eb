import { describe, expect, test } from "vitest";
import { derniersMois, libelleMois } from "@/lib/accueil/periodes";

describe("les douze mois des graphiques de l'accueil", () => {
  test.each([
    ["2027-06-15", "2026-07", "2027-06"],
    ["2027-01-31", "2026-02", "2027-01"],
    ["2028-02-29", "2027-03", "2028-02"],
    ["2027-12-01", "2027-01", "2027-12"],
  ])("le %s : de %s à %s, sans trou ni doublon", (today, premier, dernier) => {
    const mois = derniersMois(today);
    expect(mois).toHaveLength(12);
    expect([mois[0], mois.at(-1)]).toEqual([premier, dernier]);
    expect(new Set(mois).size).toBe(12);
  });

  test.each([
    ["2027-03", "long", "mars 2027"],
    ["2027-02", "court", "févr."],
    ["2026-08", "long", "août 2026"],
  ] as const)("%s se lit « %s » : %s", (mois, forme, attendu) => {
    expect(libelleMois(mois, forme)).toBe(attendu);
  });
});
