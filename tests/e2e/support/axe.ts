import { test, type Page } from "@playwright/test";
import { createRequire } from "node:module";

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core on the page (WCAG 2.1 A and AA rules): the serious and critical violations, readable. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // axe walks the whole page: seconds per page when the other core is busy. Each pass brings its own budget,
  // so a test that checks eight pages is not judged on the 60 s of one (seen: a timeout inside axe.run).
  test.info().setTimeout(test.info().timeout + 20_000);
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
