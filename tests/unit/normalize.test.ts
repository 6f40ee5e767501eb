import { describe, expect, test } from "vitest";
import { normalizeName } from "@/lib/text/normalize";

describe("forme de comparaison des noms", () => {
  test.each([
    ["Bagnols-sur-Cèze", "bagnols sur ceze"],
    ["ST-ÉTIENNE", "saint etienne"],
    ["Ste Foy-lès-Lyon", "sainte foy les lyon"],
    ["L'Haÿ-les-Roses", "l hay les roses"],
    ["Œuilly", "oeuilly"],
    ["  Saint   Denis ", "saint denis"],
    ["Stenay", "stenay"],
    ["Marseille 1er Arrondissement", "marseille 1er arrondissement"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
