import { describe, expect, test } from "vitest";
import { allocateSessionNumero } from "@/lib/sessions/numero";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("attribution des numéros de session", () => {
  test("une suite par année et par département, sans trou ni doublon, même en parallèle", async () => {
    const numeros = await Promise.all(Array.from({ length: 12 }, () => t.db.transaction((tx) => allocateSessionNumero(tx, 2027, "30"))));
    expect(new Set(numeros).size).toBe(12);
    expect([...numeros].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2027-30-${String(i + 1).padStart(5, "0")}`));
    expect(await allocateSessionNumero(t.db, 2027, "48")).toBe("2027-48-00001");
    expect(await allocateSessionNumero(t.db, 2028, "30")).toBe("2028-30-00001");
  });

  test("une création annulée rend son numéro", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await allocateSessionNumero(tx, 2029, "30");
        throw new Error("refusée");
      }),
    ).rejects.toThrow("refusée");
    expect(await allocateSessionNumero(t.db, 2029, "30")).toBe("2029-30-00001");
  });
});
