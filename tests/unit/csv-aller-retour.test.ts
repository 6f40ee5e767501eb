import { describe, expect, test } from "vitest";
import { CSV_BOM, csvLine, csvResponse } from "@/lib/csv";
import { parseCsvObjects as parseCsv } from "@/lib/import/csv";

// Ces tests relisent l'export avec le lecteur CSV : ils valent quelle que soit la façon de guillemeter les cellules.
const relu = (values: readonly unknown[]) => Object.values(parseCsv(CSV_BOM + csvLine(values.map((_, i) => `c${i}`)) + csvLine(values), ";")[0]!);

describe("export CSV relu par un tableur", () => {
  test.each([
    ["Nguyễn", "Nguyễn"],
    ["Ørsted; Søren", "Ørsted; Søren"],
    ['Le "Centre" de Bagnols', 'Le "Centre" de Bagnols'],
    ["ligne 1\nligne 2", "ligne 1\nligne 2"],
    ["ligne 1\r\nligne 2", "ligne 1\r\nligne 2"],
    ["a\rb", "a\rb"],
    ["  espaces gardés ", "  espaces gardés "],
    ["1+1=2", "1+1=2"],
    ["jean-pierre@exemple.fr", "jean-pierre@exemple.fr"],
    [42, "42"],
    [false, "false"],
    [null, ""],
    [undefined, ""],
    [new Date("2026-03-12T08:00:00Z"), "2026-03-12T08:00:00.000Z"],
  ])("%j se relit %j", (value, attendu) => {
    expect(relu([value, "fin"])).toEqual([attendu, "fin"]);
  });

  test.each([
    ["=HYPERLINK(\"http://exemple.fr\")", "'=HYPERLINK(\"http://exemple.fr\")"],
    ["+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["-2+3", "'-2+3"],
    ["@SOMME(A1:A2)", "'@SOMME(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("une formule %j est neutralisée par une apostrophe", (value, attendu) => {
    expect(relu(["x", value])).toEqual(["x", attendu]);
  });

  test("sépare les cellules par ; et termine chaque ligne par CRLF", () => {
    const line = csvLine(["Dupont", "Marie", ""]);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line.slice(0, -2).split(";").map((c) => c.replace(/"/g, ""))).toEqual(["Dupont", "Marie", ""]);
  });

  test("la réponse ne se met pas en cache", () => {
    const response = csvResponse("jures.csv", ["id"], (async function* () {})());
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  test("une erreur pendant la lecture des pages interrompt le téléchargement au lieu de livrer un fichier tronqué", async () => {
    async function* pages() {
      yield [["1"]];
      throw new Error("connexion perdue");
    }
    await expect(csvResponse("x.csv", ["id"], pages()).text()).rejects.toThrow("connexion perdue");
  });
});

describe("lecture d'un fichier CSV", () => {
  test("séparateur virgule par défaut, ; sur demande", () => {
    expect(parseCsv("nom,prenom\nNguyễn,Văn An\n")).toEqual([{ nom: "Nguyễn", prenom: "Văn An" }]);
    expect(parseCsv("nom;prenom\r\nØrsted;Søren\r\n", ";")).toEqual([{ nom: "Ørsted", prenom: "Søren" }]);
  });

  test("le BOM d'Excel ne colle pas au premier nom de colonne", () => {
    expect(Object.keys(parseCsv("\uFEFFsiret;nom\n35600000000048;La Poste\n", ";")[0]!)).toEqual(["siret", "nom"]);
  });

  test("les lignes vides sont ignorées, les espaces des cellules gardés", () => {
    expect(parseCsv("nom;ville\n\n Dupont ;Culoz\n\n", ";")).toEqual([{ nom: " Dupont ", ville: "Culoz" }]);
  });

  test("guillemets, ; et retours à la ligne dans une cellule", () => {
    expect(parseCsv('nom;note\n"Le ""Centre""";"a;b\nc"\n', ";")).toEqual([{ nom: 'Le "Centre"', note: "a;b\nc" }]);
  });

  test("une ligne qui n'a pas le nombre de colonnes de l'en-tête est refusée", () => {
    expect(() => parseCsv("nom;ville\nDupont;Culoz;en trop\n", ";")).toThrow();
    expect(() => parseCsv("nom;ville\nDupont\n", ";")).toThrow();
  });
});
