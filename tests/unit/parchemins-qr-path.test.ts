import QRCode from "qrcode";
import { describe, expect, test } from "vitest";
import { parcheminQrText } from "@/lib/parchemins/qr-text";
import { qrModules, qrPath, qrRuns } from "@/lib/parchemins/pdf/qr-path";
import { parcheminsDeBench } from "../../scripts/bench/parchemins-data";

/** The library's own symbol for the same byte segment, its mask chosen by its own search. */
const reference = (text: string) => QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M" }).modules;

describe("QR code du parchemin", () => {
  const textes = parcheminsDeBench(40).map(({ parchemin }) => parcheminQrText(parchemin, "https://ceres.travail.gouv.fr"));

  test("le masque retenu est celui de la norme (pénalité la plus basse) : symbole identique à celui de la bibliothèque, de la version 1 à la 25", () => {
    // Deterministic texts of every length from 1 to 600 bytes (versions 1 to 25), accents included.
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~/?=&éèàçøłễ";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const aleatoires = Array.from({ length: 300 }, (_, n) => Array.from({ length: 1 + n * 2 }, () => alphabet[next() % alphabet.length]).join(""));
    const versions = new Set<number>();
    for (const text of [...textes, ...aleatoires]) {
      const expected = reference(text);
      const ours = qrModules(text);
      versions.add(ours.size);
      expect(ours.size).toBe(expected.size);
      expect(Buffer.from(ours.data).equals(Buffer.from(expected.data)), text).toBe(true);
    }
    expect(versions.size).toBeGreaterThanOrEqual(20);
  });

  test("les rectangles couvrent exactement les modules sombres du code", () => {
    for (const text of textes) {
      const modules = reference(text);
      const { runs, size } = qrRuns(text);
      expect(size).toBe(modules.size);
      const dark: number[] = [];
      for (const [row, col, length] of runs) for (let c = 0; c < length; c++) dark.push(row * size + col + c);
      expect(new Set(dark).size).toBe(dark.length);
      expect(dark.sort((a, b) => a - b)).toEqual([...modules.data.keys()].filter((i) => modules.data[i]));
    }
  });

  test("le tracé SVG (page HTML du banc) couvre exactement les modules sombres du code", () => {
    const text = textes[0]!;
    const modules = reference(text);
    const { d, size } = qrPath(qrRuns(text));
    expect(size).toBe(modules.size);
    const dark = new Set<number>();
    for (const [, col, row, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) for (let c = 0; c < Number(width); c++) dark.add(Number(row) * size + Number(col) + c);
    const expected = [...modules.data.keys()].filter((i) => modules.data[i]);
    expect([...dark].sort((a, b) => a - b)).toEqual(expected);
  });
});
