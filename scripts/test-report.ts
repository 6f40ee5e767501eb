import path from "node:path";

/** "ÉCHEC : <file> › <title>" for each failed test of a run, read from the JSON reports of vitest and Playwright. */
export type Failure = { file: string; title: string };

type VitestReport = {
  testResults?: { name: string; status?: string; message?: string; assertionResults?: { status: string; ancestorTitles?: string[]; title: string }[] }[];
};

export function vitestFailures(report: VitestReport, root = process.cwd()): Failure[] {
  return (report.testResults ?? []).flatMap((file) => {
    const name = path.relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed");
    if (failed.length) return failed.map((a) => ({ file: name, title: [...(a.ancestorTitles ?? []), a.title].join(" › ") }));
    // A file that fails before any test runs (an import error, a failing beforeAll) has no failed assertion.
    return file.status === "failed" ? [{ file: name, title: `(le fichier) ${file.message?.split("\n")[0] ?? ""}`.trim() }] : [];
  });
}

type PlaywrightSuite = { title: string; file?: string; suites?: PlaywrightSuite[]; specs?: { title: string; file: string; tests: { status: string }[] }[] };
type PlaywrightReport = { suites?: PlaywrightSuite[]; errors?: { message?: string }[] };

export function playwrightFailures(report: PlaywrightReport): Failure[] {
  const failures: Failure[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    // The top suite of a file is titled by the file itself: it is not part of the test's name.
    const own = suite.file && suite.title === suite.file ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      // With --repeat-each, one spec holds one test per repetition: each failure counts.
      for (const t of spec.tests) if (t.status === "unexpected" || t.status === "flaky") failures.push({ file: spec.file, title: [...own, spec.title].filter(Boolean).join(" › ") });
    }
    for (const child of suite.suites ?? []) walk(child, own);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  for (const error of report.errors ?? []) failures.push({ file: "(Playwright)", title: error.message?.split("\n")[0] ?? "erreur hors test" });
  return failures;
}

export function failureLines(failures: Failure[]): string[] {
  return failures.map((f) => `ÉCHEC : ${f.file} › ${f.title}`);
}
