import { addMonths } from "@/lib/dates";
import { describe, expect, test } from "vitest";
import { PROLONGATION } from "@/lib/titres/policy";
import { prolongationEnd, sessionProlongationMonths, versionStateOn } from "@/lib/titres/version-state";

describe("état d'une version de titre (R1)", () => {
  const cfa = sessionProlongationMonths({ typeCentre: "CFA" });
  const crp = sessionProlongationMonths({ typeCentre: "CRP" });
  const autre = sessionProlongationMonths({ typeCentre: "Autre" });
  const sansType = sessionProlongationMonths({ typeCentre: null });
  const tous = sessionProlongationMonths("tous");

  test("les durées viennent des paramètres de politique", () => {
    expect([cfa, crp, tous]).toEqual([PROLONGATION.sessionsCfaCrpMonths, 24, 24]);
    expect([autre, sansType]).toEqual([0, 0]);
  });

  test.each([
    ["la veille de la fin de vie", "2024-06-30", cfa, "en_vigueur"],
    ["le jour de la fin de vie", "2024-07-01", cfa, "en_vigueur"],
    ["le lendemain de la fin de vie, CFA", "2024-07-02", cfa, "en_prolongation"],
    ["le lendemain de la fin de vie, centre sans type", "2024-07-02", sansType, "expire"],
    ["le lendemain de la fin de vie, autre centre", "2024-07-02", autre, "expire"],
    ["fin de vie + 24 mois, CRP", "2026-07-01", crp, "en_prolongation"],
    ["fin de vie + 24 mois et un jour, CRP", "2026-07-02", crp, "expire"],
    ["liste nationale, un an après", "2025-07-01", tous, "en_prolongation"],
  ])("%s", (_title, date, months, expected) => {
    expect(versionStateOn("2024-07-01", date, months)).toBe(expected);
  });

  test("une version sans fin de vie connue est en vigueur", () => {
    expect(versionStateOn(null, "2099-01-01", 0)).toBe("en_vigueur");
    expect(prolongationEnd(null, 24)).toBeNull();
  });

  test.each([
    ["2024-02-29", 24, "2026-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2025-12-31", 24, "2027-12-31"],
  ])("%s + %i mois = %s (29 février et fins de mois)", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  test("fin de vie le 29 février : prolongation jusqu'au 28 février deux ans plus tard inclus", () => {
    expect(versionStateOn("2024-02-29", "2026-02-28", cfa)).toBe("en_prolongation");
    expect(versionStateOn("2024-02-29", "2026-03-01", cfa)).toBe("expire");
  });
});
