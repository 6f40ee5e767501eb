import { describe, expect, test } from "vitest";
import { revokedAuthSessions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { revokeAuthSession } from "@/lib/auth/revoke-auth-session";
import { asCurrentUser, createUserRow } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const HOUR = 3600_000;

describe("fin de connexion", () => {
  test("une connexion terminée est retenue aussi longtemps qu'un jeton peut vivre (12 h), puis purgée, et la déconnexion est au journal", async () => {
    const user = asCurrentUser(await createUserRow(t.db, { prenom: "Søren", nom: "ØRSTED" }));
    const now = new Date("2026-11-30T20:00:00Z");
    await revokeAuthSession(user, "revoquee-il-y-a-13-h", t.db, new Date(now.getTime() - 13 * HOUR));
    await revokeAuthSession(user, "revoquee-il-y-a-11-h", t.db, new Date(now.getTime() - 11 * HOUR));
    await revokeAuthSession(user, "a1", t.db, now);
    await revokeAuthSession(user, "a1", t.db, now);
    const rows = await t.db.select({ id: revokedAuthSessions.authSessionId }).from(revokedAuthSessions);
    expect(rows.map((r) => r.id).sort()).toEqual(["a1", "revoquee-il-y-a-11-h"]);
    const events = await listAuditEventsOfEntity("user", user.id, t.db);
    expect(events[0]).toMatchObject({ action: "connexion.fin", actorLabel: "Søren ØRSTED" });
  });
});
