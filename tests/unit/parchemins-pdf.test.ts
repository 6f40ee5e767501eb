import jsQR from "jsqr";
import { describe, expect, test } from "vitest";
import { QR_ZONE } from "@/lib/parchemins/pdf/page";
import { renderParcheminsPdf } from "@/lib/parchemins/pdf/render";
import { parcheminQrText } from "@/lib/parchemins/qr-text";
import { parcheminsDeBench } from "../../scripts/bench/parchemins-data";
import { pdfFonts, pdfPageSizes, pdfRegionPixels, pdfText } from "@/tests/fixtures/pdf";
import { CROCKFORD, formatParcheminNumero } from "@/lib/parchemins/numero";

/** Every ordered pair of two symbols, once each, in one sequence of k² + 1 symbols (a de Bruijn sequence). */
function everyPair(alphabet: string): string {
  const k = alphabet.length;
  const a = new Array<number>(3).fill(0);
  const sequence: number[] = [];
  const extend = (t: number, p: number): void => {
    if (t > 2) {
      if (2 % p === 0) sequence.push(...a.slice(1, p + 1));
      return;
    }
    a[t] = a[t - p]!;
    extend(t + 1, p);
    for (let j = a[t - p]! + 1; j < k; j++) {
      a[t] = j;
      extend(t + 1, t);
    }
  };
  extend(1, 1);
  return [...sequence, sequence[0]!].map((i) => alphabet[i]).join("");
}

/**
 * Numbers whose printed groups (4-4-3) hold every adjacent pair of the sequence: eight pairs per number, the
 * groups overlapping by one character so that no pair falls on a hyphen.
 */
function numerosCovering(sequence: string): string[] {
  const numeros: string[] = [];
  for (let i = 0; i < sequence.length - 1; i += 8) {
    const at = (from: number, length: number) => sequence.slice(i + from, i + from + length).padEnd(length, "0");
    numeros.push(at(0, 4) + at(3, 4) + at(6, 3));
  }
  return numeros;
}

describe("PDF des parchemins", () => {
  test("chaque parchemin est une feuille A4 entière, le pied (QR code, signature) en bas de la feuille", async () => {
    const items = parcheminsDeBench(3);
    items[2]!.parchemin.titreIntitule = "Technicien supérieur en méthodes et exploitation logistique et gestion des approvisionnements";
    const pdf = await renderParcheminsPdf(items, "https://ceres.travail.gouv.fr");
    expect(pdfPageSizes(pdf)).toEqual([
      [595.28, 841.89],
      [595.28, 841.89],
      [595.28, 841.89],
    ]);
    const pages = pdfText(pdf).split("\f").filter((p) => p.trim() !== "");
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(page.trimEnd().split("\n").at(-1)).toContain("Signature et cachet");
  });

  test("seules Marianne et Spectral sont incorporées, en sous-ensembles, avec leur table Unicode (aucune Helvetica)", async () => {
    const fonts = pdfFonts(await renderParcheminsPdf(parcheminsDeBench(2), "https://ceres.travail.gouv.fr"));
    const lines = fonts.trim().split("\n").slice(2);
    expect(lines.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["Marianne-Bold", "Marianne-Regular", "Marianne-RegularItalic", "Spectral-ExtraBold"]);
    for (const l of lines) expect(l).toMatch(/ yes yes yes /);
  });

  test("le QR code imprimé, lu par un décodeur sur l'image de la page, redonne l'adresse signée du parchemin", async () => {
    const items = parcheminsDeBench(24);
    items[5]!.duplicata = true;
    const base = "https://ceres.travail.gouv.fr";
    const pdf = await renderParcheminsPdf(items, base);
    const margin = 6;
    const read = items.map((_, i) => {
      const image = pdfRegionPixels(pdf, i + 1, { x: QR_ZONE.x - margin, y: QR_ZONE.y - margin, width: QR_ZONE.width + 2 * margin, height: QR_ZONE.height + 2 * margin }, 150);
      return jsQR(image.rgba, image.width, image.height)?.data ?? null;
    });
    expect(read).toEqual(items.map(({ parchemin }) => parcheminQrText(parchemin, base)));
  }, 60_000);

  test("le numéro se lit tel qu'imprimé quelles que soient ses lettres voisines (pas d'approche qui l'écarte : « 3Q J » pour « 3QJ »)", async () => {
    const sequence = everyPair(CROCKFORD);
    expect(sequence).toHaveLength(32 * 32 + 1);
    const numeros = numerosCovering(sequence);
    const pairs = new Set(numeros.flatMap((n) => formatParcheminNumero(n).split("-").flatMap((g) => [...g].slice(1).map((c, i) => g[i]! + c))));
    expect(pairs.size).toBe(32 * 32);

    const items = parcheminsDeBench(numeros.length);
    numeros.forEach((numero, i) => (items[i]!.parchemin.numero = numero));
    const text = pdfText(await renderParcheminsPdf(items, "https://ceres.travail.gouv.fr"));
    const unread = numeros.map(formatParcheminNumero).filter((printed) => !text.includes(printed));
    expect(unread).toEqual([]);
  }, 120_000);
});
