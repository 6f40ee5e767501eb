import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { woffToSfnt } from "@/lib/pdf/fonts";

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
