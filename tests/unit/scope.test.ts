import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isInTerritory } from "@/lib/auth/scope";

const person = { id: "u", email: "agent@travail.gouv.fr", prenom: "Thị", nom: "Nguyễn" };
const national: CurrentUser = { ...person, role: "national" };
const dreetsOccitanie: CurrentUser = { ...person, role: "regional", regionCode: "76", departementCode: null };
const udGard: CurrentUser = { ...person, role: "regional", regionCode: "76", departementCode: "30" };
const centre: CurrentUser = { ...person, role: "centre", centreId: "c" };

const gard = { regionCode: "76", departementCode: "30" };
const herault = { regionCode: "76", departementCode: "34" };
const rhone = { regionCode: "84", departementCode: "69" };

describe("territoire d'un agent de l'État", () => {
  test.each([
    ["le national, dans le Gard", national, gard, true],
    ["le national, dans le Rhône", national, rhone, true],
    ["la DREETS Occitanie, dans le Gard", dreetsOccitanie, gard, true],
    ["la DREETS Occitanie, dans l'Hérault", dreetsOccitanie, herault, true],
    ["la DREETS Occitanie, dans le Rhône", dreetsOccitanie, rhone, false],
    ["l'UD du Gard, dans le Gard", udGard, gard, true],
    ["l'UD du Gard, dans l'Hérault (même région)", udGard, herault, false],
    ["l'UD du Gard, dans le Rhône", udGard, rhone, false],
    ["un centre, même dans son département", centre, gard, false],
  ])("%s : %s", (_, user, place, expected) => {
    expect(isInTerritory(user, place)).toBe(expected);
  });
});

describe("modules de lecture", () => {
  test("chaque module de requêtes refuse d'être chargé côté navigateur (server-only)", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/(^queries|-query|^stats|^options|^search|^scope-names)\.ts$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.resolve("lib"));
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const file of files) expect(readFileSync(file, "utf8"), file).toMatch(/^import "server-only";/);
  });
});
