import { describe, expect, test } from "vitest";
import { buildCommuneRows, type CogCommune, type HistoricalCommune } from "@/db/seed/commune-rows";

const hist = (h: Partial<HistoricalCommune> & Pick<HistoricalCommune, "code" | "nom">): HistoricalCommune => ({
  dep: h.code.slice(0, 2),
  date_debut: "1943-01-01",
  date_fin: "2016-01-01",
  precision_date_fin: "jour",
  motif: "fusion",
  successeur: "",
  ...h,
});
const current = (c: Partial<CogCommune> & Pick<CogCommune, "code" | "nom">): CogCommune => ({
  type: "commune-actuelle",
  departement: c.code.slice(0, 2),
  region: "84",
  ...c,
});
const build = (cur: CogCommune[], h: HistoricalCommune[]) => buildCommuneRows(cur, h, () => "84");
const pick = (rows: ReturnType<typeof build>, code: string) =>
  rows.filter((r) => r.code === code).map((r) => [r.nom, r.kind, r.validFrom, r.validTo]);

describe("lignes de la table des communes", () => {
  test("une commune actuelle sans histoire est valable depuis 1943", () => {
    expect(pick(build([current({ code: "30028", nom: "Bagnols-sur-Cèze" })], []), "30028")).toEqual([["Bagnols-sur-Cèze", "commune", "1943-01-01", null]]);
  });

  test("un code réutilisé : la commune actuelle ne commence qu'à la fin de l'ancienne", () => {
    const rows = build([current({ code: "55001", nom: "Nouvelle" })], [hist({ code: "55001", nom: "Ancienne", date_fin: "1973-01-01" })]);
    expect(pick(rows, "55001")).toEqual([
      ["Ancienne", "commune", "1943-01-01", "1973-01-01"],
      ["Nouvelle", "commune", "1973-01-01", null],
    ]);
  });

  test("Corse : le code 2A001 commence en 1976, quand il remplace 20001", () => {
    const rows = build(
      [current({ code: "2A001", nom: "Afa", departement: "2A" })],
      [hist({ code: "20001", nom: "Afa", dep: "20", date_fin: "1976-01-01", motif: "changement_code", successeur: "2A001" })],
    );
    expect(pick(rows, "20001")).toEqual([["Afa", "commune", "1943-01-01", "1976-01-01"]]);
    expect(pick(rows, "2A001")).toEqual([["Afa", "commune", "1976-01-01", null]]);
  });

  test("commune nouvelle qui garde le code de son chef-lieu : l'ancienne commune reste trouvable avant la création", () => {
    const rows = build(
      [
        current({ code: "01138", nom: "Culoz-Béon", codesPostaux: ["01350"] }),
        current({ code: "01138", nom: "Culoz", type: "commune-deleguee", chefLieu: "01138" }),
        current({ code: "01039", nom: "Béon", type: "commune-deleguee", chefLieu: "01138" }),
      ],
      [hist({ code: "01039", nom: "Béon", date_fin: "2023-01-01", precision_date_fin: "annee", motif: "commune_deleguee", successeur: "01138" })],
    );
    expect(pick(rows, "01138")).toEqual([
      ["Culoz", "commune", "1943-01-01", "2023-01-01"],
      ["Culoz-Béon", "commune", "2023-01-01", null],
      ["Culoz", "deleguee", "2023-01-01", null],
    ]);
    expect(pick(rows, "01039")).toEqual([
      ["Béon", "commune", "1943-01-01", "2023-01-01"],
      ["Béon", "deleguee", "2023-01-01", null],
    ]);
    const beon = rows.find((r) => r.code === "01039" && r.kind === "deleguee")!;
    expect(beon).toMatchObject({ parentCode: "01138", postalCodes: ["01350"] });
  });

  test("un arrondissement municipal est rattaché à sa commune", () => {
    const rows = build([current({ code: "13201", nom: "Marseille 1er Arrondissement", type: "arrondissement-municipal", commune: "13055", codesPostaux: ["13001"] })], []);
    expect(rows[0]).toMatchObject({ kind: "arrondissement", parentCode: "13055", postalCodes: ["13001"], searchName: "marseille 1er arrondissement" });
  });
});
