import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { revokedAuthSessions, signInFailures } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { findUserForOidcLogin } from "@/lib/auth/oidc-sign-in";
import { purgeStaleSignInRecords } from "@/lib/auth/purge-sign-in-records";
import { createSignInLimiters } from "@/lib/auth/sign-in-rate-limit";
import { createUserRow, TEST_PASSWORD } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const NOW = new Date(Date.UTC(2026, 11, 3, 9, 0));
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

/** Failure rows of every kind for one account, and revocations either side of the 12-hour lifetime. */
async function seedRows() {
  const user = await createUserRow(t.db, { email: "soren.orsted@travail.gouv.fr", prenom: "Søren", nom: "ØRSTED" });
  await t.db.insert(signInFailures).values([
    { userId: user.id, ip: "203.0.113.1", failedCount: 2, firstFailedAt: ago(16), lockedUntil: null }, // fenêtre close : inutile
    { userId: user.id, ip: "203.0.113.2", failedCount: 5, firstFailedAt: ago(40), lockedUntil: ago(10) }, // verrou terminé : inutile
    { userId: user.id, ip: "203.0.113.3", failedCount: 5, firstFailedAt: ago(20), lockedUntil: ago(-5) }, // verrou en cours : gardé
    { userId: user.id, ip: "203.0.113.4", failedCount: 3, firstFailedAt: ago(14), lockedUntil: null }, // fenêtre ouverte : gardé
  ]);
  await t.db.insert(revokedAuthSessions).values([
    { authSessionId: "revoquee-il-y-a-13-h", userId: user.id, revokedAt: ago(13 * 60) },
    { authSessionId: "revoquee-il-y-a-11-h", userId: user.id, revokedAt: ago(11 * 60) },
  ]);
  return user;
}

async function remaining() {
  const failures = await t.db.select({ ip: signInFailures.ip }).from(signInFailures).orderBy(signInFailures.ip);
  const revoked = await t.db.select({ id: revokedAuthSessions.authSessionId }).from(revokedAuthSessions);
  return { failures: failures.map((f) => f.ip), revoked: revoked.map((r) => r.id) };
}

describe("purge des traces de connexion périmées", () => {
  test("ne garde que les échecs qui comptent encore et les révocations de jetons encore vivants", async () => {
    await seedRows();
    expect(await purgeStaleSignInRecords(t.db, NOW)).toEqual({ failures: 2, revocations: 1 });
    expect(await remaining()).toEqual({ failures: ["203.0.113.3", "203.0.113.4"], revoked: ["revoquee-il-y-a-11-h"] });
  });

  test("une connexion réussie par mot de passe purge au passage", async () => {
    const user = await seedRows();
    const outcome = await checkCredentials({ email: user.email, password: TEST_PASSWORD, ip: "198.51.100.20" }, { now: NOW, db: t.db, limiters: createSignInLimiters(null) });
    expect(outcome).toEqual({ ok: true, userId: user.id });
    expect(await remaining()).toEqual({ failures: ["203.0.113.3", "203.0.113.4"], revoked: ["revoquee-il-y-a-11-h"] });
  });

  test("une connexion ProConnect purge au passage", async () => {
    const user = await seedRows();
    expect(await findUserForOidcLogin(user.email, "sub-orsted", NOW, t.db)).toEqual({ ok: true, userId: user.id });
    expect(await remaining()).toEqual({ failures: ["203.0.113.3", "203.0.113.4"], revoked: ["revoquee-il-y-a-11-h"] });
  });

  test("le verrou en cours garde son effet après la purge", async () => {
    const user = await seedRows();
    await purgeStaleSignInRecords(t.db, NOW);
    const [row] = await t.db.select().from(signInFailures).where(eq(signInFailures.ip, "203.0.113.3"));
    expect(row).toMatchObject({ userId: user.id, failedCount: 5, lockedUntil: ago(-5) });
    const locked = await checkCredentials({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.3" }, { now: NOW, db: t.db, limiters: createSignInLimiters(null) });
    expect(locked).toEqual({ ok: false, reason: "invalid" });
  });
});
