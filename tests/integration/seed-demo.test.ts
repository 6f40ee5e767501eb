import { afterEach, describe, expect, test, vi } from "vitest";
import { centres, communes, jures, users } from "@/db/schema";
import { DEMO_REFUSED_IN_PRODUCTION, seedDemoData } from "@/db/seed";
import { DEMO_ACCOUNTS } from "@/db/seed/demo";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("données de démonstration (npm run demo)", () => {
  test("chargent les référentiels, les comptes de démonstration, les centres et les jurés", async () => {
    await seedDemoData(t.db);
    const emails = (await t.db.select({ email: users.email, role: users.role }).from(users)).map((u) => `${u.email} ${u.role}`).sort();
    expect(emails).toEqual(DEMO_ACCOUNTS.map((a) => `${a.email} ${a.role}`).sort());
    expect(emails).toContain("national@ceres.demo national");
    // 16 30 FORMATION, le CFA de Montpellier et le centre de Lyon.
    expect(await t.db.$count(centres)).toBe(3);
    expect(await t.db.$count(jures)).toBeGreaterThan(0);
    expect(await t.db.$count(communes)).toBeGreaterThan(42_000);
  }, 120_000);

  test("sont refusées quand NODE_ENV=production, avant toute écriture", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(seedDemoData(t.db)).rejects.toThrow(DEMO_REFUSED_IN_PRODUCTION);
    expect(await t.db.$count(users)).toBe(0);
    expect(await t.db.$count(communes)).toBe(0);
  });
});
