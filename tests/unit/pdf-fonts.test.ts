import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { Font } from "@react-pdf/renderer";
import { shapingForPdfkit } from "@/lib/pdf/draw";
import { PDF_FONT, preparePdfFonts, rememberShaping, woffToSfnt } from "@/lib/pdf/fonts";

const dir = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");

describe("police WOFF déballée une fois pour les PDF", () => {
  test.each(["Marianne-Regular.woff", "Marianne-Bold.woff", "Spectral-ExtraBold.woff"])("%s : mêmes tables, à la taille d'origine, version sfnt conservée", (file) => {
    const woff = readFileSync(path.join(dir, file));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    for (let i = 0; i < numTables; i++) {
      const entry = 44 + i * 20;
      const dirEntry = 12 + i * 16;
      expect(sfnt.toString("latin1", dirEntry, dirEntry + 4)).toBe(woff.toString("latin1", entry, entry + 4));
      expect(sfnt.readUInt32BE(dirEntry + 12)).toBe(woff.readUInt32BE(entry + 12));
      const offset = sfnt.readUInt32BE(dirEntry + 8);
      expect(offset % 4).toBe(0);
      expect(offset + sfnt.readUInt32BE(dirEntry + 12)).toBeLessThanOrEqual(sfnt.length);
    }
  });

  test("un fichier qui n'est pas du WOFF est refusé", () => {
    expect(() => woffToSfnt(Buffer.from("OTTO0000"))).toThrow("WOFF");
  });
});

describe("mémoire des textes mis en forme (rememberShaping)", () => {
  /** A stand-in for a fontkit font: counts what it shapes, and gives a new run each time. */
  function fakeFont() {
    const shaped: string[] = [];
    return { shaped, layout: (text: string, ...options: unknown[]) => (shaped.push(text), { text, options, glyphs: [...text] }) };
  }

  test("un texte déjà mis en forme avec les mêmes options n'est pas remis en forme", () => {
    const font = rememberShaping(fakeFont());
    const first = font.layout("Nguyễn Ørsted", [], undefined, undefined, "ltr");
    expect(font.layout("Nguyễn Ørsted", [], undefined, undefined, "ltr")).toBe(first);
    expect(font.shaped).toEqual(["Nguyễn Ørsted"]);
  });

  test("d'autres options ou un autre texte sont mis en forme à part", () => {
    const font = rememberShaping(fakeFont());
    const ltr = font.layout("Zoë", [], undefined, undefined, "ltr");
    const sansLigatures = font.layout("Zoë", { liga: false }, undefined, undefined, "ltr");
    const sansOptions = font.layout("Zoë");
    expect(new Set([ltr, sansLigatures, sansOptions]).size).toBe(3);
    expect(sansLigatures).toMatchObject({ options: [{ liga: false }, undefined, undefined, "ltr"] });
    font.layout("Łukasz", [], undefined, undefined, "ltr");
    expect(font.shaped).toEqual(["Zoë", "Zoë", "Zoë", "Łukasz"]);
  });

  test("au-delà de sa capacité, le texte le moins récemment servi est oublié", () => {
    const font = rememberShaping(fakeFont(), 2);
    font.layout("A");
    font.layout("B");
    font.layout("A"); // A served again: B is now the least recent
    font.layout("C"); // evicts B
    font.layout("A");
    font.layout("B");
    expect(font.shaped).toEqual(["A", "B", "C", "B"]);
  });

  test("pour pdfkit, chaque document reçoit sa copie du texte mis en forme : qu'il la mette à l'échelle ne change pas la suivante", () => {
    const shaped: string[] = [];
    const font = shapingForPdfkit({
      layout: (text: string) => (shaped.push(text), { glyphs: [{ id: 1 }, { id: 2 }], positions: [{ xAdvance: 600, yAdvance: 0, xOffset: 0, yOffset: 0 }, { xAdvance: 400, yAdvance: 0, xOffset: 10, yOffset: 0 }] }),
    });
    type Run = { glyphs: unknown[]; positions: Record<string, number>[]; advanceWidth: number };
    const first = font.layout("Zoë") as unknown as Run;
    // What pdfkit does with a run from a font of 2048 units per em: scales every position in place.
    for (const p of first.positions) for (const k in p) p[k]! *= 1000 / 2048;
    const second = font.layout("Zoë") as unknown as Run;
    expect(shaped).toEqual(["Zoë"]);
    expect(second.glyphs).toBe(first.glyphs);
    expect(second.positions).toEqual([{ xAdvance: 600, yAdvance: 0, xOffset: 0, yOffset: 0 }, { xAdvance: 400, yAdvance: 0, xOffset: 10, yOffset: 0 }]);
    expect(second.advanceWidth).toBe(1000);
    expect(first.advanceWidth).toBeCloseTo(1000 * (1000 / 2048), 6);
  });

  test("une police n'est enveloppée qu'une fois", () => {
    const font = fakeFont();
    const once = rememberShaping(font);
    const layout = once.layout;
    expect(rememberShaping(once).layout).toBe(layout);
  });

  test("les vraies polices, préparées, servent deux fois la même mise en forme et la même que sans mémoire", async () => {
    await preparePdfFonts();
    const regular = (Font.getRegisteredFonts()[PDF_FONT]!.sources as unknown as { fontWeight: number; fontStyle: string; data: { layout(t: string, ...o: unknown[]): { glyphs: { id: number }[]; positions: { xAdvance: number }[] } } }[]).find((s) => s.fontWeight === 400 && s.fontStyle === "normal")!.data;
    const text = "Madame NGUYỄN Thị Ørsted — née le 1er mars 1990 à Saint-Étienne";
    const run = regular.layout(text, [], undefined, undefined, "ltr");
    expect(regular.layout(text, [], undefined, undefined, "ltr")).toBe(run);
    // fontkit's own layout, on the font's prototype (the cache is an own property of the loaded font).
    const expected = (Object.getPrototypeOf(regular) as typeof regular).layout.call(regular, text, [], undefined, undefined, "ltr");
    expect(expected).not.toBe(run);
    expect(run.glyphs.map((g) => g.id)).toEqual(expected.glyphs.map((g) => g.id));
    expect(run.positions.map((p) => p.xAdvance)).toEqual(expected.positions.map((p) => p.xAdvance));
  });
});
