import stylelint from "stylelint";
import { describe, expect, test } from "vitest";

async function problems(code: string): Promise<string[]> {
  const { results } = await stylelint.lint({ code, codeFilename: "app/exemple.css", configFile: "stylelint.config.mjs" });
  return results.flatMap((r) => [...r.warnings.map((w) => w.rule), ...(r.parseErrors ?? []).map((e) => e.stylelintType ?? "parse")]);
}

describe("lint de la feuille de style (npm run lint)", () => {
  test("app/globals.css passe", async () => {
    const { results } = await stylelint.lint({ files: ["app/**/*.css"], configFile: "stylelint.config.mjs" });
    expect(results.length).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.warnings.map((w) => `${w.line}: ${w.text}`))).toEqual([]);
  });

  // The broken rules that have reached the stylesheet, or could: each one must fail the lint.
  test.each([
    ["une accolade jamais fermée", ".ceres-multiline {\n  white-space: normal;\n\n.ceres-counts {\n  display: grid;\n}\n", "CssSyntaxError"],
    ["un sélecteur écrit deux fois", ".ceres-counts {\n  display: flex;\n}\n\n.ceres-counts {\n  display: grid;\n}\n", "no-duplicate-selectors"],
    ["une propriété écrite deux fois", ".ceres-nowrap {\n  white-space: nowrap;\n  padding: 0;\n  white-space: normal;\n}\n", "declaration-block-no-duplicate-properties"],
    ["un bloc vide", ".ceres-main {}\n", "block-no-empty"],
    ["une couleur invalide", ".ceres-warning {\n  color: #12345;\n}\n", "declaration-property-value-no-unknown"],
    ["une propriété inconnue", ".ceres-main {\n  min-heigth: 60vh;\n}\n", "property-no-unknown"],
  ])("refuse %s", async (_label, code, rule) => {
    expect(await problems(code)).toContain(rule);
  });
});
