import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { exportFileName } from "@/lib/export-file-name";

describe("nom des fichiers exportés", () => {
  afterEach(() => vi.useRealTimers());

  test.each([
    ["le 31 décembre à 23:30 UTC, c'est déjà le 1er janvier à Paris", "2026-12-31T23:30:00Z", "centres-ceres-2027-01-01.csv"],
    ["à 22:30 UTC en été, c'est déjà le lendemain à Paris", "2027-07-14T22:30:00Z", "centres-ceres-2027-07-15.csv"],
    ["à 21:59 UTC en été, c'est encore le jour même à Paris", "2027-07-14T21:59:00Z", "centres-ceres-2027-07-14.csv"],
    ["à 22:59 UTC en hiver, c'est encore le jour même à Paris", "2027-01-14T22:59:00Z", "centres-ceres-2027-01-14.csv"],
  ])("%s", (_, now, expected) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(now));
    expect(exportFileName("centres-ceres")).toBe(expected);
  });

  test("chaque export nomme son fichier par cette fonction, jamais par la date UTC", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts" && full.includes(`${path.sep}export${path.sep}`)) routes.push(full);
      }
    };
    walk(path.resolve("app"));
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const route of routes) {
      const source = readFileSync(route, "utf8");
      expect(source, route).not.toMatch(/toISOString\(\)/);
      // The list of jurors to convene is named after the session's first day, not the day of the export.
      if (route.includes(`a-convoquer${path.sep}`)) expect(source).toMatch(/csvResponse\(`jures-a-convoquer-\$\{criteria\.debut\}\.csv`/);
      else expect(source, route).toMatch(/csvResponse\(\s*exportFileName\(/);
    }
  });
});
