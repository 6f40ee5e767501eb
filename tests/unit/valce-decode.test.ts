import { describe, expect, test } from "vitest";
import { decodeValceFile, MAX_VALCE_BYTES } from "@/lib/agrements/valce/decode";
import { readValceFixture, VALCE_CP1252, VALCE_UTF8_BOM } from "../fixtures/valce";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("lecture de l'encodage d'un export VALCE", () => {
  test("l'export Windows-1252 de VALCE et sa copie UTF-8 avec BOM donnent le même texte", () => {
    const cp1252 = decodeValceFile(readValceFixture(VALCE_CP1252));
    const bom = decodeValceFile(readValceFixture(VALCE_UTF8_BOM));
    expect(cp1252).toMatchObject({ ok: true, encoding: "windows-1252", bom: false });
    expect(bom).toMatchObject({ ok: true, encoding: "utf-8", bom: true });
    if (!cp1252.ok || !bom.ok) return;
    expect(cp1252.text).toBe(bom.text);
    expect(cp1252.text).toContain("CENTRE DE FORMATION DES CÉVENNES");
    expect(cp1252.text).toContain("en cours d’instruction");
    expect(bom.text.startsWith("Identifiant VALCE;")).toBe(true);
  });

  test.each([
    ["UTF-8 sans BOM", utf8("Décision;Acceptée"), "utf-8", "Décision;Acceptée"],
    ["UTF-8 avec BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Alès")]), "utf-8", "Alès"],
    ["Windows-1252 : é, è, Œ, apostrophe ’", new Uint8Array([0xe9, 0xe8, 0x8c, 0x92]), "windows-1252", "éèŒ’"],
    ["Windows-1252 : €, tirets, guillemets, ÿ", new Uint8Array([0x80, 0x96, 0x97, 0x93, 0x94, 0xff]), "windows-1252", "€–—“”ÿ"],
    ["ASCII pur", utf8("SIRET;TP-00391"), "utf-8", "SIRET;TP-00391"],
    ["octet isolé 0xC9 (É en Windows-1252)", new Uint8Array([0x43, 0xc9, 0x56, 0x45, 0x4e, 0x4e, 0x45, 0x53]), "windows-1252", "CÉVENNES"],
  ])("%s", (_label, bytes, encoding, text) => {
    expect(decodeValceFile(bytes)).toMatchObject({ ok: true, encoding, text });
  });

  test.each([
    ["vide", new Uint8Array(), "Le fichier est vide."],
    ["classeur Excel (zip)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel) : exportez-le au format CSV séparé par des points-virgules."],
    ["trop gros", new Uint8Array(MAX_VALCE_BYTES + 1), "Le fichier dépasse 8 Mo : découpez-le par département ou par année."],
  ])("refuse un fichier %s", (_label, bytes, message) => {
    expect(decodeValceFile(bytes)).toEqual({ ok: false, message });
  });
});
