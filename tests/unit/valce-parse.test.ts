import { describe, expect, test } from "vitest";
import { decodeImportFile } from "@/lib/import/decode";
import { parseDecision, parseValceDate, parseValceText, VALCE_COLUMNS } from "@/lib/agrements/valce/parse";
import { readValceFixture, VALCE_CP1252 } from "../fixtures/valce";

const HEADER = VALCE_COLUMNS.map((c) => c.header).join(";");
const LINE = "VALCE-1;53060076600022;16 30 FORMATION;TP-00391;16/03/2011;RUE DU 19 MARS 1962;30200;BAGNOLS SUR CEZE;Acceptée;12/09/2019;01/10/2019;30/09/2024;;";

describe("lecture des lignes d'un export VALCE", () => {
  test("l'exemple se lit en 14 lignes numérotées comme dans un tableur, cellules nettoyées", () => {
    const decoded = decodeImportFile(readValceFixture(VALCE_CP1252));
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = parseValceText(decoded.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.lines).toHaveLength(14);
    expect(parsed.lines[0]).toMatchObject({ line: 2, identifiant: "VALCE-2019-00412", siret: "53060076600022", decision: "Acceptée", etatValce: "En cours d'instruction", motif: "" });
    expect(parsed.lines[1]).toMatchObject({ line: 3, siret: "530 600 766 00022", adresse: "Rue du 19 Mars 1962, Immeuble Le 1" });
    expect(parsed.lines.at(-1)!.line).toBe(15);
    expect(parsed.lines.every((l) => !l.problem)).toBe(true);
  });

  test("les en-têtes se reconnaissent sans casse, accents ni soulignés, dans n'importe quel ordre", () => {
    const header = "SIRET;IDENTIFIANT_VALCE;raison sociale;CODE TITRE;date de version;adresse du site;code postal;commune;DECISION;date de decision;debut de validite;fin de validite";
    const parsed = parseValceText(`${header}\n53060076600022;VALCE-9;X;TP-00391;16/03/2011;A;30200;B;Refusée;01/01/2020;;\n`);
    expect(parsed).toMatchObject({ ok: true, lines: [{ identifiant: "VALCE-9", siret: "53060076600022", decision: "Refusée", etatValce: "", motif: "" }] });
  });

  test.each([
    ["séparateur virgule", HEADER.replaceAll(";", ","), "Les colonnes doivent être séparées par des points-virgules (;), comme dans l'export VALCE."],
    ["colonnes manquantes", "Identifiant VALCE;SIRET;Raison sociale;Code titre;Date de version;Adresse du site;Code postal;Commune;Décision;Date de décision", "Colonnes manquantes : « Début de validité », « Fin de validité ». Vérifiez la ligne d'en-tête du fichier."],
    ["en-tête seul", HEADER, "Le fichier ne contient aucune ligne d'agrément après l'en-tête."],
  ])("refuse un fichier : %s", (_label, text, message) => {
    expect(parseValceText(`${text}\r\n`)).toEqual({ ok: false, message });
  });

  test("une ligne décalée (point-virgule en trop) est signalée, les autres se lisent", () => {
    const shifted = "VALCE-2;53060076600022;16 30;FORMATION;TP-00391;16/03/2011;RUE;30200;BAGNOLS;Acceptée;12/09/2019;01/10/2019;30/09/2024;Acceptée;Motif";
    const short = "VALCE-4;53060076600022;16 30 FORMATION;TP-00391;16/03/2011;RUE;30200;BAGNOLS;Acceptée;12/09/2019;01/10/2019";
    const parsed = parseValceText(`${HEADER}\n${LINE}\n${shifted}\n${LINE.replace("VALCE-1", "VALCE-3")}\n${short}\n`);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.lines.map((l) => l.problem ?? null)).toEqual([
      null,
      "La ligne compte 15 colonnes au lieu de 14 : un point-virgule en trop ou manquant décale les valeurs.",
      null,
      "La ligne compte 11 colonnes au lieu de 14 : un point-virgule en trop ou manquant décale les valeurs.",
    ]);
  });

  test("un point-virgule final vide et une ligne blanche ne gênent pas", () => {
    const parsed = parseValceText(`${HEADER}\n${LINE};\n;;;;;;;;;;;;;\n`);
    expect(parsed).toMatchObject({ ok: true, lines: [{ identifiant: "VALCE-1" }] });
    if (parsed.ok) expect(parsed.lines[0]!.problem).toBeUndefined();
  });
});

describe("dates et décisions telles que VALCE les écrit", () => {
  test.each([
    ["16/03/2011", "2011-03-16"],
    ["1/3/2011", "2011-03-01"],
    ["2023-07-04", "2023-07-04"],
    ["29/02/2024", "2024-02-29"],
    ["", null],
    ["  ", null],
  ])("date %j → %s", (text, value) => {
    expect(parseValceDate(text)).toEqual({ ok: true, value });
  });

  test.each(["31/02/2023", "29/02/2023", "2023-13-01", "16.03.2011", "16/03/11", "demain"])("date invalide %j", (text) => {
    expect(parseValceDate(text)).toEqual({ ok: false });
  });

  test.each([
    ["Acceptée", "acceptee"],
    ["ACCEPTEE", "acceptee"],
    [" acceptée ", "acceptee"],
    ["Accepté", "acceptee"],
    ["Refusée", "refusee"],
    ["REFUSE", "refusee"],
    ["En cours d'instruction", "en_instruction"],
    ["EN COURS D’INSTRUCTION", "en_instruction"],
    ["en instruction", "en_instruction"],
    ["Validée DREETS", null],
    ["", null],
  ])("décision %j → %s", (text, statut) => {
    expect(parseDecision(text)).toBe(statut);
  });
});
