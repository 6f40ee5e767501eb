import { describe, expect, test } from "vitest";
import { birthSchema, communeValidOn } from "@/lib/communes/birth-place";
import { communeLabel, dansNom, deNom, endStatus, endYear, parentPhrase, periodLabel, shownPostalCode } from "@/lib/communes/labels";
import { nameOnDate, type DatedName } from "@/lib/communes/related";
import { udName } from "@/lib/territoires/ud-name";

describe("libellé d'une commune dans la liste", () => {
  test.each([
    ["Bagnols-sur-Cèze", "30200", "Gard", "Bagnols-sur-Cèze (30200) — Gard"],
    ["Afa", null, "Corse", "Afa — Corse"],
  ])("%s", (nom, postal, dep, expected) => {
    expect(communeLabel(nom, postal, dep)).toBe(expected);
  });

  test("montre le code postal tapé s'il est celui de la commune, sinon le premier", () => {
    expect(shownPostalCode(["13001", "13008"], "13008")).toBe("13008");
    expect(shownPostalCode(["13001", "13008"], "30200")).toBe("13001");
    expect(shownPostalCode([])).toBeNull();
  });
});

describe("élision devant un nom de lieu", () => {
  test.each([
    ["Annecy", "d'Annecy", "dans Annecy"],
    ["Culoz-Béon", "de Culoz-Béon", "dans Culoz-Béon"],
    ["Le Havre", "du Havre", "au Havre"],
    ["Les Abrets", "des Abrets", "aux Abrets"],
    ["La Rochelle", "de La Rochelle", "dans La Rochelle"],
    ["Yerres", "d'Yerres", "dans Yerres"],
    ["Évry", "d'Évry", "dans Évry"],
  ])("%s → « %s », « %s »", (nom, de, dans) => {
    expect(deNom(nom)).toBe(de);
    expect(dansNom(nom)).toBe(dans);
  });
});

describe("devenir d'une commune qui n'existe plus", () => {
  const names = new Map([
    ["74010", "Annecy"],
    ["01138", "Culoz-Béon"],
    ["08203", "Guignicourt-sur-Vence"],
    ["08454", "Touligny"],
    ["97701", "Saint-Barthélemy"],
    ["72181", "Le Mans"],
  ]);
  test.each([
    [{ validTo: "2017-01-01", endPrecision: "jour", endReason: "fusion", successorCode: "74010" }, "fusionnée dans Annecy en 2017"],
    [{ validTo: "2017-01-01", endPrecision: "jour", endReason: "commune_deleguee", successorCode: "74010" }, "devenue commune déléguée d'Annecy en 2017"],
    // Only the year is known: valid_to is 1 January of the following year.
    [{ validTo: "2023-01-01", endPrecision: "annee", endReason: "commune_deleguee", successorCode: "01138" }, "devenue commune déléguée de Culoz-Béon en 2022"],
    [{ validTo: "1974-01-01", endPrecision: "jour", endReason: "commune_associee", successorCode: "74010" }, "devenue commune associée d'Annecy en 1974"],
    [{ validTo: "1976-01-01", endPrecision: "jour", endReason: "changement_code", successorCode: "2A001" }, "code remplacé par 2A001 en 1976"],
    [{ validTo: "1965-03-01", endPrecision: "jour", endReason: "fusion", successorCode: "72181" }, "fusionnée au Mans en 1965"],
    [
      { validTo: "1968-03-02", endPrecision: "jour", endReason: "dissolution", successorCode: "08203|08454" },
      "supprimée en 1968, territoire partagé entre Guignicourt-sur-Vence et Touligny",
    ],
    [{ validTo: "2007-07-15", endPrecision: "jour", endReason: "sortie_perimetre", successorCode: "97701" }, "rattachée à la collectivité de Saint-Barthélemy en 2007"],
    [{ validTo: "1990-01-01", endPrecision: "jour", endReason: null, successorCode: null }, "n'existe plus depuis 1990"],
    [{ validTo: "2016-01-01", endPrecision: "jour", endReason: "fusion", successorCode: "99999" }, "fusionnée dans 99999 en 2016"],
  ])("%j → « %s »", (row, expected) => {
    expect(endStatus(row, names)).toBe(expected);
  });

  test("année de fin : celle de valid_to, ou la précédente quand seule l'année est connue", () => {
    expect(endYear("2016-01-01", "jour")).toBe(2016);
    expect(endYear("2023-01-01", "annee")).toBe(2022);
  });
});

describe("rattachement d'une commune déléguée, associée ou d'un arrondissement", () => {
  test.each([
    ["deleguee", "Culoz-Béon", "commune déléguée de Culoz-Béon"],
    ["associee", "Annecy", "commune associée d'Annecy"],
    ["arrondissement", "Paris", "arrondissement de Paris"],
    ["commune", "Paris", null],
    ["deleguee", null, null],
  ] as const)("%s de %s → %s", (kind, parent, expected) => {
    expect(parentPhrase(kind, parent)).toBe(expected);
  });
});

describe("période de validité", () => {
  test.each([
    ["1943-01-01", null, null, "depuis 1943 au moins"],
    ["2017-01-01", null, null, "depuis le 01/01/2017"],
    ["1943-01-01", "2017-01-01", "jour", "jusqu'au 31/12/2016"],
    ["1976-01-01", "2000-03-01", "jour", "du 01/01/1976 au 29/02/2000"],
    ["1943-01-01", "2023-01-01", "annee", "jusqu'en 2022"],
    ["1976-01-01", "2023-01-01", "annee", "du 01/01/1976 jusqu'en 2022"],
  ])("%s → %s (%s) : « %s »", (from, to, precision, expected) => {
    expect(periodLabel(from, to, precision)).toBe(expected);
  });
});

describe("nom d'un code à une date", () => {
  const rows: DatedName[] = [
    { code: "01138", nom: "Culoz", kind: "commune", validFrom: "1943-01-01", validTo: "2023-01-01" },
    { code: "01138", nom: "Culoz-Béon", kind: "commune", validFrom: "2023-01-01", validTo: null },
    { code: "01138", nom: "Culoz", kind: "deleguee", validFrom: "2023-01-01", validTo: null },
  ];
  test.each([
    ["2023-01-01", "Culoz-Béon"],
    ["1990-05-12", "Culoz"],
    [null, "Culoz-Béon"],
  ])("01138 le %s : %s", (date, expected) => {
    expect(nameOnDate(rows, "01138", date)).toBe(expected);
  });

  test("un code inconnu n'a pas de nom", () => {
    expect(nameOnDate(rows, "99999", null)).toBeNull();
  });
});

describe("lieu de naissance", () => {
  const culoz = { code: "01138", nom: "Culoz", kind: "commune" as const, validFrom: "1943-01-01", validTo: "2023-01-01", label: "Culoz (01350) — Ain", status: "devenue commune déléguée de Culoz-Béon en 2022", parent: null };

  test.each([
    ["1990-05-12", true],
    ["2022-12-31", true],
    ["2023-01-01", false],
    ["1930-01-01", true],
  ])("Culoz (1943–2023) existe le %s : %s", (date, expected) => {
    expect(communeValidOn(culoz, date)).toBe(expected);
  });

  test("refuse une commune qui n'existait pas à la date de naissance", () => {
    const result = birthSchema.safeParse({ dateNaissance: "2024-02-29", lieuNaissance: { lieu: "france", commune: culoz } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Cette commune n'existait pas sous ce nom à la date de naissance : cherchez-la de nouveau.");
  });

  test("demande la commune, ou le pays et la ville pour une naissance à l'étranger", () => {
    const messages = (lieuNaissance: unknown) =>
      birthSchema.safeParse({ dateNaissance: "1990-05-12", lieuNaissance }).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ lieu: "france", commune: null })).toEqual(["Choisissez la commune de naissance dans la liste."]);
    expect(messages({ lieu: "etranger", pays: null, ville: " " })).toEqual(["Choisissez le pays de naissance dans la liste.", "Saisissez la ville de naissance."]);
    expect(messages({ lieu: "etranger", pays: { code: "DE", nom: "Allemagne" }, ville: "Berlin" })).toEqual([]);
    expect(messages({ lieu: "france", commune: culoz })).toEqual([]);
  });
});

describe("nom de l'unité départementale", () => {
  test.each([
    ["30", "Gard", "UD du Gard"],
    ["01", "Ain", "UD de l'Ain"],
    ["13", "Bouches-du-Rhône", "UD des Bouches-du-Rhône"],
    ["33", "Gironde", "UD de la Gironde"],
    ["75", "Paris", "UD de Paris"],
    ["2A", "Corse-du-Sud", "UD de la Corse-du-Sud"],
  ])("%s %s → %s", (code, nom, expected) => {
    expect(udName(code, nom)).toBe(expected);
  });
});
