import { describe, expect, test } from "vitest";
import { decodeImportFile } from "@/lib/import/decode";
import { readValceFixture, VALCE_CP1252, VALCE_UTF8_BOM } from "../fixtures/valce";

const utf8 = (text: string) => new TextEncoder().encode(text);

// Windows-1252 (WHATWG Encoding Standard): the 27 characters it puts on 0x80–0x9F, which ISO-8859-1 leaves as C1 controls.
const WINDOWS_1252 = [
  [0x80, "€"], [0x82, "‚"], [0x83, "ƒ"], [0x84, "„"], [0x85, "…"], [0x86, "†"], [0x87, "‡"], [0x88, "ˆ"], [0x89, "‰"],
  [0x8a, "Š"], [0x8b, "‹"], [0x8c, "Œ"], [0x8e, "Ž"], [0x91, "‘"], [0x92, "’"], [0x93, "“"], [0x94, "”"], [0x95, "•"],
  [0x96, "–"], [0x97, "—"], [0x98, "˜"], [0x99, "™"], [0x9a, "š"], [0x9b, "›"], [0x9c, "œ"], [0x9e, "ž"], [0x9f, "Ÿ"],
] as const;

describe("décodage d'un fichier importé", () => {
  test("la table couvre chaque octet 0x80–0x9F que Windows-1252 définit", () => {
    const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    const covered = WINDOWS_1252.map(([byte]) => byte as number);
    for (let byte = 0x80; byte <= 0x9f; byte++) expect(covered.includes(byte) !== undefinedBytes.includes(byte)).toBe(true);
  });

  test.each(WINDOWS_1252)("l'octet 0x%s de Windows-1252 donne « %s »", (byte, character) => {
    // A lone byte ≥ 0x80 between ASCII letters is never valid UTF-8: the file is read as Windows-1252.
    expect(decodeImportFile(new Uint8Array([0x41, byte, 0x42]))).toEqual({ ok: true, text: `A${character}B`, encoding: "Windows-1252", bom: false });
  });

  test("aucun caractère de contrôle C1 ne sort d'un fichier Windows-1252", () => {
    const bytes = new Uint8Array([0x4c, 0x92, ...WINDOWS_1252.map(([byte]) => byte)]);
    const decoded = decodeImportFile(bytes);
    expect(decoded.ok && /[\u0080-\u009f]/.test(decoded.text)).toBe(false);
  });

  test("l'export Windows-1252 de VALCE et sa copie UTF-8 avec BOM donnent le même texte", () => {
    const cp1252 = decodeImportFile(readValceFixture(VALCE_CP1252));
    const bom = decodeImportFile(readValceFixture(VALCE_UTF8_BOM));
    expect(cp1252).toMatchObject({ ok: true, encoding: "Windows-1252", bom: false });
    expect(bom).toMatchObject({ ok: true, encoding: "UTF-8", bom: true });
    if (!cp1252.ok || !bom.ok) return;
    expect(cp1252.text).toBe(bom.text);
    expect(cp1252.text).toContain("CENTRE DE FORMATION DES CÉVENNES");
    expect(cp1252.text).toContain("en cours d’instruction");
    expect(bom.text.startsWith("Identifiant VALCE;")).toBe(true);
  });

  test.each([
    ["UTF-8 sans BOM", utf8("Nguyễn;Ørsted;L’Œuvre"), "UTF-8", false, "Nguyễn;Ørsted;L’Œuvre"],
    ["UTF-8 avec BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Alès")]), "UTF-8", true, "Alès"],
    ["ASCII pur", utf8("SIRET;TP-00391"), "UTF-8", false, "SIRET;TP-00391"],
    ["Windows-1252 : é, è, Œ, ’", new Uint8Array([0xe9, 0xe8, 0x8c, 0x92]), "Windows-1252", false, "éèŒ’"],
    ["octet isolé 0xC9 (É en Windows-1252)", new Uint8Array([0x43, 0xc9, 0x56, 0x45, 0x4e, 0x4e, 0x45, 0x53]), "Windows-1252", false, "CÉVENNES"],
    ["UTF-8 tronqué (séquence invalide)", new Uint8Array([0x43, 0xc3, 0x28]), "Windows-1252", false, "CÃ("],
  ])("%s", (_label, bytes, encoding, bom, text) => {
    expect(decodeImportFile(bytes)).toEqual({ ok: true, text, encoding, bom });
  });

  // Bornes des marques d'ordre d'octets : seuls les deux ou trois octets exacts en tête du fichier comptent ;
  // un début qui leur ressemble est un texte Windows-1252 comme un autre (þ 0xFE, ÿ 0xFF, ï 0xEF, » 0xBB, ¿ 0xBF).
  test.each([
    ["ÿ (0xFF) suivi d'autre chose que 0xFE", [0xff, 0x41], "ÿA"],
    ["0xFE en deuxième position sans 0xFF avant", [0x41, 0xfe], "Aþ"],
    ["þ (0xFE) suivi d'autre chose que 0xFF", [0xfe, 0x41], "þA"],
    ["0xFF en deuxième position sans 0xFE avant", [0x41, 0xff], "Aÿ"],
    ["UTF-16 inversé en milieu de texte", [0x41, 0xff, 0xfe], "Aÿþ"],
    ["BOM UTF-8 amputé de son dernier octet", [0xef, 0xbb, 0x41], "ï»A"],
    ["BOM UTF-8 amputé de son octet du milieu", [0xef, 0x41, 0xbf], "ïA¿"],
    ["BOM UTF-8 sans son premier octet", [0x41, 0xbb, 0xbf], "A»¿"],
    ["0xEF seul en tête", [0xef, 0x41, 0x42], "ïAB"],
    ["0xBF seul en troisième position", [0x41, 0x42, 0xbf], "AB¿"],
  ])("lit en Windows-1252, sans BOM, un début de fichier qui n'est qu'à moitié une marque : %s", (_label, bytes, text) => {
    expect(decodeImportFile(new Uint8Array(bytes))).toEqual({ ok: true, text, encoding: "Windows-1252", bom: false });
  });

  test.each([
    ["BOM UTF-8 puis texte UTF-8", [0xef, 0xbb, 0xbf, ...utf8("Ørsted")], "UTF-8", "Ørsted"],
    ["BOM UTF-8 puis texte Windows-1252", [0xef, 0xbb, 0xbf, 0x43, 0xc9, 0x56, 0x45, 0x4e, 0x4e, 0x45, 0x53], "Windows-1252", "CÉVENNES"],
    ["BOM UTF-8 seul", [0xef, 0xbb, 0xbf], "UTF-8", ""],
  ])("retire le BOM UTF-8 avant de décoder : %s", (_label, bytes, encoding, text) => {
    expect(decodeImportFile(new Uint8Array(bytes))).toEqual({ ok: true, text, encoding, bom: true });
  });

  test.each([
    ["vide", new Uint8Array(), "Le fichier est vide."],
    ["UTF-16 BE", new Uint8Array([0xfe, 0xff, 0x00, 0x41]), "Le fichier est encodé en UTF-16. Enregistrez-le en « CSV UTF-8 » puis recommencez."],
    ["UTF-16 LE sans autre contenu", new Uint8Array([0xff, 0xfe]), "Le fichier est encodé en UTF-16. Enregistrez-le en « CSV UTF-8 » puis recommencez."],
    ["PDF (octet nul dans le corps)", new Uint8Array([...utf8("%PDF-1.7\n"), 0x00, 0x9c]), "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV."],
    ["texte avec un seul octet nul à la fin", new Uint8Array([...utf8("SIRET;TP-00391"), 0x00]), "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV."],
    ["classeur Excel (zip)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV."],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "Le fichier est encodé en UTF-16. Enregistrez-le en « CSV UTF-8 » puis recommencez."],
  ])("refuse un fichier %s", (_label, bytes, message) => {
    expect(decodeImportFile(bytes)).toEqual({ ok: false, message });
  });
});
