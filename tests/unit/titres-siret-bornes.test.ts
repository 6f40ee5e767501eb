import { describe, expect, test } from "vitest";
import { checkSiret } from "@/lib/centres/siret";
import { sessionProlongationMonths, versionStateOn } from "@/lib/titres/version-state";

describe("SIRET : saisie et clé de Luhn", () => {
  test.each([
    ["530.600.766.00022", true],
    ["\t53060076600022 ", true],
    ["73282932000074", true],
    ["73282932000075", false],
    ["83282932000074", false],
    ["53060076600022 1", false],
    ["99999999999999", false],
  ])("%j valide : %s", (siret, valide) => {
    expect(checkSiret(siret).ok).toBe(valide);
  });

  test.each([
    ["   ", "Saisissez le SIRET du centre."],
    ["530 600 766 000 22 9", "Un SIRET compte 14 chiffres (15 saisis)."],
    ["3560000000004", "Un SIRET compte 14 chiffres (13 saisis)."],
    ["-53060076600022", "Un SIRET ne contient que des chiffres."],
    ["53060076600022-", "Un SIRET ne contient que des chiffres."],
  ])("%j → %s", (input, message) => {
    expect(checkSiret(input)).toEqual({ ok: false, message });
  });

  test("le SIRET retenu est sans espaces ni points", () => {
    expect(checkSiret(" 530 600.766 00022 ")).toEqual({ ok: true, siret: "53060076600022" });
  });
});

describe("prolongation d'une version selon le type du centre", () => {
  test.each([
    ["CFA", 24],
    ["CRP", 24],
    ["cfa", 0],
    ["Autre", 0],
    ["", 0],
  ])("type %j → %i mois", (typeCentre, mois) => {
    expect(sessionProlongationMonths({ typeCentre })).toBe(mois);
  });

  test("une prolongation de 12 mois s'arrête un an après la fin de vie", () => {
    expect(versionStateOn("2024-06-30", "2025-06-30", 12)).toBe("en_prolongation");
    expect(versionStateOn("2024-06-30", "2025-07-01", 12)).toBe("expire");
  });
});
