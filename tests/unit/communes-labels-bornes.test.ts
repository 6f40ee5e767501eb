import { describe, expect, test } from "vitest";
import { communeLabel, dansNom, deNom, endStatus, endYear, parentPhrase, periodLabel, shownPostalCode } from "@/lib/communes/labels";

describe("élision : noms qui ressemblent à un article", () => {
  test.each([
    ["Lesparre-Médoc", "de Lesparre-Médoc", "dans Lesparre-Médoc"],
    ["Leers", "de Leers", "dans Leers"],
    ["Hagondange", "de Hagondange", "dans Hagondange"],
    ["Œuilly", "d'Œuilly", "dans Œuilly"],
    ["île-d'Aix", "d'île-d'Aix", "dans île-d'Aix"],
    ["Ussel", "d'Ussel", "dans Ussel"],
    ["Le Puy-en-Velay", "du Puy-en-Velay", "au Puy-en-Velay"],
    ["Les Sables-d'Olonne", "des Sables-d'Olonne", "aux Sables-d'Olonne"],
  ])("%s → « %s », « %s »", (nom, de, dans) => {
    expect(deNom(nom)).toBe(de);
    expect(dansNom(nom)).toBe(dans);
  });
});

describe("devenir d'une commune : sans successeur connu", () => {
  const names = new Map([
    ["08203", "Guignicourt-sur-Vence"],
    ["08454", "Touligny"],
    ["08001", "Acy-Romance"],
    ["01138", "Culoz-Béon"],
  ]);
  const row = (endReason: string, successorCode: string | null, validTo = "2016-01-01", endPrecision: string | null = "jour") => ({ validTo, endPrecision, endReason, successorCode });
  test.each([
    [row("fusion", null), "fusionnée en 2016"],
    [row("commune_deleguee", null), "devenue commune déléguée en 2016"],
    [row("commune_associee", null), "devenue commune associée en 2016"],
    [row("commune_associee", "01138"), "devenue commune associée de Culoz-Béon en 2016"],
    [row("changement_code", null), "code remplacé en 2016"],
    [row("dissolution", null), "supprimée en 2016"],
    [row("dissolution", "08203"), "supprimée en 2016, territoire partagé entre Guignicourt-sur-Vence"],
    [row("dissolution", "08203|08454|08001"), "supprimée en 2016, territoire partagé entre Guignicourt-sur-Vence, Touligny et Acy-Romance"],
    [row("sortie_perimetre", null), "sortie du département en 2016"],
    [row("fusion", null, "2016-01-01", null), "fusionnée en 2016"],
    [row("fusion", null, "2017-01-01", "annee"), "fusionnée en 2016"],
  ])("%j → « %s »", (r, attendu) => {
    expect(endStatus(r, names)).toBe(attendu);
  });

  test("précision inconnue : l'année de valid_to", () => {
    expect(endYear("1990-01-01", null)).toBe(1990);
  });
});

describe("rattachement et libellés", () => {
  test.each([
    ["deleguee", "Annecy", "commune déléguée d'Annecy"],
    ["arrondissement", "Lyon", "arrondissement de Lyon"],
    ["arrondissement", "Le Havre", "arrondissement du Havre"],
    ["associee", "", null],
  ] as const)("%s de %j → %s", (kind, parent, attendu) => {
    expect(parentPhrase(kind, parent)).toBe(attendu);
  });

  test("sans code postal tapé, le premier de la commune", () => {
    expect(shownPostalCode(["13001", "13008"])).toBe("13001");
    expect(shownPostalCode(["13001", "13008"], "")).toBe("13001");
    expect(communeLabel("Marseille", "", "Bouches-du-Rhône")).toBe("Marseille — Bouches-du-Rhône");
  });

  test.each([
    ["1942-06-01", null, null, "depuis 1943 au moins"],
    ["1943-01-02", null, null, "depuis le 02/01/1943"],
    ["1943-01-02", "1976-01-01", "jour", "du 02/01/1943 au 31/12/1975"],
    ["1943-01-02", "1976-01-01", null, "du 02/01/1943 au 31/12/1975"],
    ["1943-01-01", "1972-03-01", "jour", "jusqu'au 29/02/1972"],
  ])("%s → %s (%s) : « %s »", (from, to, precision, attendu) => {
    expect(periodLabel(from, to, precision)).toBe(attendu);
  });
});
