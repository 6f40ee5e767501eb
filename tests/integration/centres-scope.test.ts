import { describe, expect, test } from "vitest";
import { getCentreForUser } from "@/lib/centres/queries";
import { createScopeCast } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("périmètre des centres (R9)", () => {
  test.each([
    ["national", "centreGard", true],
    ["occitanie", "centreGard", true],
    ["occitanie", "centreRhone", false],
    ["ud30", "centreGard", true],
    ["ud30", "centreHerault", false],
    ["ud34", "centreHerault", true],
    ["auvergne", "centreGard", false],
    ["centreUser", "centreGard", true],
    ["centreUser", "centreHerault", false],
  ] as const)("%s voit %s : %s", async (who, centre, visible) => {
    const cast = await createScopeCast(t.db);
    const found = await getCentreForUser(cast[who], cast[centre].id, t.db);
    expect(found !== null).toBe(visible);
  });
});
