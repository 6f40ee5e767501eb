import { getTableColumns } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { users } from "@/db/schema";
import { toCurrentUser } from "@/lib/auth/current-user";
import { currentUserColumns } from "@/lib/auth/current-user-columns";

describe("les colonnes d'un utilisateur connecté, écrites une fois", () => {
  test("ce sont des colonnes de users, exactement celles que lit toCurrentUser, sans secret", () => {
    const columns = getTableColumns(users);
    for (const [key, column] of Object.entries(currentUserColumns)) expect(column).toBe(columns[key as keyof typeof columns]);
    expect(Object.keys(currentUserColumns).sort()).toEqual(["active", "centreId", "departementCode", "email", "id", "nom", "prenom", "regionCode", "role"]);
    expect(currentUserColumns).not.toHaveProperty("passwordHash");
    expect(currentUserColumns).not.toHaveProperty("oidcSubject");
  });

  test("une ligne ainsi choisie suffit à faire un utilisateur connecté", () => {
    const row = {
      id: "0190a0b1-0000-7000-8000-000000000001",
      email: "thi.nguyen@dreets.gouv.fr",
      prenom: "Thị",
      nom: "NGUYỄN",
      role: "regional" as const,
      regionCode: "76",
      departementCode: "30",
      centreId: null,
      active: true,
    } satisfies { [K in keyof typeof currentUserColumns]: unknown };
    expect(toCurrentUser(row)).toEqual({ id: row.id, email: row.email, prenom: "Thị", nom: "NGUYỄN", role: "regional", regionCode: "76", departementCode: "30" });
  });
});
