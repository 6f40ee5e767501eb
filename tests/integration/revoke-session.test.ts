import { describe, expect, test } from "vitest";
import { revokedSessions } from "@/db/schema";
import { revokeSession } from "@/lib/auth/revoke-session";
import { createUserRow } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

describe("fin de session", () => {
  test("une session déconnectée est retenue une fois, et les révocations de plus de 30 jours sont purgées", async () => {
    const user = await createUserRow(t.db);
    const now = new Date("2026-11-30T10:00:00Z");
    await revokeSession(user.id, "ancienne", t.db, new Date(now.getTime() - 31 * 24 * 3600 * 1000));
    await revokeSession(user.id, "s1", t.db, now);
    await revokeSession(user.id, "s1", t.db, now);
    const rows = await t.db.select({ sid: revokedSessions.sid }).from(revokedSessions);
    expect(rows.map((r) => r.sid)).toEqual(["s1"]);
  });
});
