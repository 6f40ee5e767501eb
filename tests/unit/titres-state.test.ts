import { addMonths } from "@/lib/dates";
import { describe, expect, test } from "vitest";
import { missingFields, titreStateOn, versionLabel } from "@/lib/titres/current-version";
import { prolongationEnd, sessionProlongationMonths, versionStateOn } from "@/lib/titres/version-state";

describe("état d'une version à une date", () => {
  test.each([
    // fin de vie, date, mois de prolongation, état attendu
    [null, "2026-03-01", 24, "en_vigueur"],
    ["2024-06-30", "2024-06-29", 24, "en_vigueur"],
    ["2024-06-30", "2024-06-30", 24, "en_vigueur"],
    ["2024-06-30", "2024-07-01", 24, "en_prolongation"],
    ["2024-06-30", "2026-06-30", 24, "en_prolongation"],
    ["2024-06-30", "2026-07-01", 24, "expire"],
    ["2024-02-29", "2026-02-28", 24, "en_prolongation"],
    ["2024-02-29", "2026-03-01", 24, "expire"],
    ["2023-08-31", "2024-02-29", 6, "en_prolongation"],
    ["2023-08-31", "2024-03-01", 6, "expire"],
    ["2024-06-30", "2024-07-01", 0, "expire"],
    ["2024-12-31", "2025-01-01", 12, "en_prolongation"],
  ] as const)("fin de vie %s, le %s, prolongation de %i mois : %s", (finDeVie, date, months, expected) => {
    expect(versionStateOn(finDeVie, date, months)).toBe(expected);
  });

  test("la fin de prolongation du 29 février tombe le 28 février, deux ans après", () => {
    expect(addMonths("2024-02-29", 24)).toBe("2026-02-28");
    expect(prolongationEnd("2024-02-29", 24)).toBe("2026-02-28");
    expect(prolongationEnd(null, 24)).toBeNull();
  });
});

describe("état d'un titre dans la liste nationale", () => {
  test("prend la prolongation la plus longue (CFA et CRP) : 24 mois", () => {
    expect(sessionProlongationMonths("tous")).toBe(24);
    expect(titreStateOn({ finDeVie: "2024-06-30" }, "2026-06-30")).toBe("en_prolongation");
    expect(titreStateOn({ finDeVie: "2024-06-30" }, "2026-07-01")).toBe("expire");
  });

  test("un titre sans version n'a pas d'état", () => {
    expect(titreStateOn(null, "2026-01-01")).toBeNull();
  });
});

describe("version à compléter", () => {
  test.each([
    [{ nsfCode: "330t", niveau: 3, dateVersion: "2023-07-04" }, []],
    [{ nsfCode: null, niveau: 3, dateVersion: "2023-07-04" }, ["NSF"]],
    [{ nsfCode: "326t", niveau: null, dateVersion: null }, ["niveau", "date de version"]],
    [{ nsfCode: null, niveau: null, dateVersion: null }, ["NSF", "niveau", "date de version"]],
    [null, ["version"]],
  ])("%o manque de %o", (version, expected) => {
    expect(missingFields(version)).toEqual(expected);
  });
});

describe("nom d'une version", () => {
  test.each([
    [{ millesime: "07", dateVersion: "2023-07-04" }, "millésime 07 (04/07/2023)"],
    [{ millesime: "03", dateVersion: null }, "millésime 03"],
    [{ millesime: null, dateVersion: "2011-03-16" }, "version du 16/03/2011"],
    [{ millesime: null, dateVersion: "07/11/2012" }, "version du 07/11/2012"],
  ])("%o s'appelle « %s »", (version, expected) => {
    expect(versionLabel(version)).toBe(expected);
  });
});
