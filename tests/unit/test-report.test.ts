import { describe, expect, test } from "vitest";
import { failureLines, playwrightFailures, vitestFailures } from "../../scripts/test-report";

describe("résumé de npm test : chaque test en échec est nommé", () => {
  test("lit le rapport JSON de vitest, y compris un fichier qui échoue avant ses tests", () => {
    const report = {
      testResults: [
        { name: "/repo/tests/unit/ok.test.ts", status: "passed", assertionResults: [{ status: "passed", ancestorTitles: ["a"], title: "b" }] },
        { name: "/repo/tests/integration/jures.test.ts", status: "failed", assertionResults: [{ status: "failed", ancestorTitles: ["jurés", "périmètre"], title: "refuse un juré d'une autre région" }, { status: "passed", title: "x" }] },
        { name: "/repo/tests/integration/casse.test.ts", status: "failed", message: "Cannot find module '@/lib/absent'\n  at …", assertionResults: [] },
      ],
    };
    expect(failureLines(vitestFailures(report, "/repo"))).toEqual([
      "ÉCHEC : tests/integration/jures.test.ts › jurés › périmètre › refuse un juré d'une autre région",
      "ÉCHEC : tests/integration/casse.test.ts › (le fichier) Cannot find module '@/lib/absent'",
    ]);
  });

  test("lit le rapport JSON de Playwright : describe imbriqués, répétitions, erreurs hors test", () => {
    const report = {
      suites: [
        {
          title: "jures.spec.ts",
          file: "jures.spec.ts",
          specs: [{ title: "hors describe", file: "jures.spec.ts", tests: [{ status: "expected" }] }],
          suites: [
            {
              title: "jurés à convoquer",
              file: "jures.spec.ts",
              specs: [{ title: "liste Nguyễn en premier", file: "jures.spec.ts", tests: [{ status: "expected" }, { status: "unexpected" }, { status: "skipped" }] }],
            },
          ],
        },
      ],
      errors: [{ message: "Error: Timed out waiting 120000ms from config.webServer.\n…" }],
    };
    expect(failureLines(playwrightFailures(report))).toEqual([
      "ÉCHEC : jures.spec.ts › jurés à convoquer › liste Nguyễn en premier",
      "ÉCHEC : (Playwright) › Error: Timed out waiting 120000ms from config.webServer.",
    ]);
  });
});
