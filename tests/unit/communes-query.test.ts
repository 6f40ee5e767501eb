import { describe, expect, test } from "vitest";
import { communeSearchParamsSchema } from "@/lib/communes/schemas";
import { MAX_EDIT_LOOKUP_LENGTH, oneEditVariants, parseCommuneQuery, strictSimilarityThreshold, trigramCount } from "@/lib/communes/query";
import { normalizeName } from "@/lib/text/normalize";

describe("forme normalisée d'un nom de commune", () => {
  test.each([
    ["Saint-Étienne", "saint etienne"],
    ["ST ETIENNE", "saint etienne"],
    ["st-étienne", "saint etienne"],
    ["Ste-Foy-lès-Lyon", "sainte foy les lyon"],
    ["Bagnols-sur-Cèze", "bagnols sur ceze"],
    ["L'Haÿ-les-Roses", "l hay les roses"],
    ["Œuilly", "oeuilly"],
    ["  Paris   15e  ", "paris 15e"],
    ["Stenay", "stenay"],
  ])("%s → « %s »", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe("lecture de ce qui est tapé dans le champ commune", () => {
  test.each([
    ["30200", { kind: "code5", code: "30200" }],
    [" 30 028 ", { kind: "code5", code: "30028" }],
    ["2a004", { kind: "insee", code: "2A004" }],
    ["2B033", { kind: "insee", code: "2B033" }],
    ["30", { kind: "codePrefix", prefix: "30" }],
    ["3002", { kind: "codePrefix", prefix: "3002" }],
    ["2a", { kind: "codePrefix", prefix: "2A" }],
    ["2A00", { kind: "codePrefix", prefix: "2A00" }],
    ["302000", { kind: "name", text: "302000" }],
    ["3", { kind: "name", text: "3" }],
    ["St-Étienne", { kind: "name", text: "saint etienne" }],
    ["Y", { kind: "name", text: "y" }],
    ["  ", { kind: "empty" }],
    ["--", { kind: "empty" }],
  ])("« %s » → %j", (input, expected) => {
    expect(parseCommuneQuery(input)).toEqual(expected);
  });
});

describe("variantes à une faute de frappe (noms courts)", () => {
  test("contient le nom voulu quand une lettre manque, est en trop, remplacée ou inversée", () => {
    expect(oneEditVariants("bizou")).not.toContain("bizou");
    expect(oneEditVariants("ibzou")).toContain("bizou");
    expect(oneEditVariants("manty")).toContain("amanty");
    expect(oneEditVariants("alliers")).toContain("nalliers");
    expect(oneEditVariants("vringy")).toContain("vrigny");
    expect(oneEditVariants("saubes")).toContain("soubes");
    expect(oneEditVariants("parisx")).toContain("paris");
    expect(oneEditVariants("saint lager")).toContain("saint alger");
  });

  test("ne produit ni espace en tête ou en fin, ni double espace", () => {
    const variants = oneEditVariants("le pin");
    expect(variants.every((v) => v.trim() === v && !v.includes("  "))).toBe(true);
    expect(variants).toContain("lepin");
  });

  test("rien au-delà de la longueur où les trigrammes suffisent", () => {
    expect(oneEditVariants("a".repeat(MAX_EDIT_LOOKUP_LENGTH))).not.toEqual([]);
    expect(oneEditVariants("a".repeat(MAX_EDIT_LOOKUP_LENGTH + 1))).toEqual([]);
  });
});

describe("seuil de similarité de la passe stricte", () => {
  test.each([
    ["bagnols sur ceze", 17],
    ["afa", 4],
    ["saint martin de la place", 25],
  ])("« %s » compte %i trigrammes (comme show_trgm de pg_trgm)", (text, count) => {
    expect(trigramCount(text)).toBe(count);
  });

  test.each([
    ["mello", 0.6],
    ["saint geais", 0.6],
    ["bagnols sur ceze", 0.52],
    ["saint martin de la place", 0.6],
    ["la roche sur yon", 0.52],
    ["saint jean de luz", 0.54],
  ])("« %s » → %f", (text, threshold) => {
    expect(strictSimilarityThreshold(text)).toBe(threshold);
  });

  test("un nom long tapé avec une faute reste au-dessus du seuil (borne (T-4)/(T+4))", () => {
    for (const text of ["bagnols sur ceze", "la roche sur yon", "saint martin de la place", "chateauneuf du pape"]) {
      const t = trigramCount(text);
      expect((t - 4) / (t + 4)).toBeGreaterThan(strictSimilarityThreshold(text));
    }
  });
});

describe("paramètres de GET /api/communes", () => {
  test("mode actuel par défaut", () => {
    expect(communeSearchParamsSchema.parse({ q: " Bagnols " })).toEqual({ q: "Bagnols", mode: "current" });
  });

  test("mode à une date avec sa date", () => {
    expect(communeSearchParamsSchema.parse({ q: "Culoz", mode: "asOf", date: "1990-05-12" })).toEqual({ q: "Culoz", mode: "asOf", date: "1990-05-12" });
  });

  test("limitée à un département", () => {
    expect(communeSearchParamsSchema.parse({ q: "Bagnols", departement: "30" })).toEqual({ q: "Bagnols", mode: "current", departementCode: "30" });
    expect(communeSearchParamsSchema.parse({ q: "Afa", departement: "2A" })).toMatchObject({ departementCode: "2A" });
  });

  test.each([
    [{ q: "Bagnols", departement: "3O" }, "departement"],
    [{ q: "" }, "q"],
    [{ q: "x".repeat(101) }, "q"],
    [{ q: "Culoz", mode: "asOf" }, "date"],
    [{ q: "Culoz", mode: "asOf", date: "1990-02-30" }, "date"],
    [{ q: "Culoz", mode: "hier" }, "mode"],
  ])("refuse %j (champ %s)", (input, field) => {
    const parsed = communeSearchParamsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
