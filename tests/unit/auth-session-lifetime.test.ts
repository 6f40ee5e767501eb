import { describe, expect, test } from "vitest";
import { authConfig } from "@/auth.config";
import { AUTH_SESSION_IDLE_SECONDS, AUTH_SESSION_MAX_AGE_MS, isAuthSessionExpired, readAuthSessionClaims } from "@/lib/auth/auth-session-lifetime";

const HOUR = 3600_000;
const signedInAt = Date.UTC(2026, 11, 3, 8, 0);

describe("durée d'une connexion", () => {
  test("la connexion expire après 8 heures sans activité, et dure 12 heures au plus", () => {
    expect(AUTH_SESSION_IDLE_SECONDS).toBe(8 * 60 * 60);
    expect(authConfig.session.maxAge).toBe(AUTH_SESSION_IDLE_SECONDS);
    expect(AUTH_SESSION_MAX_AGE_MS).toBe(12 * HOUR);
  });

  test.each([
    ["juste après la connexion", 0, null, false],
    ["11 h 59 après, même renouvelée", 12 * HOUR - 60_000, null, false],
    ["12 h après", 12 * HOUR, null, true],
    ["2 jours après", 48 * HOUR, null, true],
    ["connexion datée du futur", -60_000, null, true],
    ["mot de passe changé après la connexion", HOUR, new Date(signedInAt + 1), true],
    ["mot de passe changé avant la connexion", HOUR, new Date(signedInAt - 1), false],
    ["changement à l'instant même de la connexion", HOUR, new Date(signedInAt), false],
  ])("%s : refusée = %s", (_label, elapsed, validFrom, expired) => {
    expect(isAuthSessionExpired(signedInAt, signedInAt + (elapsed as number), validFrom as Date | null)).toBe(expired);
  });

  test("le jeton renouvelé garde l'instant de connexion, et n'est plus renouvelé après 12 heures", async () => {
    const jwt = authConfig.callbacks.jwt as (params: { token: Record<string, unknown>; user?: { id: string } }) => Promise<Record<string, unknown> | null> | Record<string, unknown> | null;
    const token = (await jwt({ token: {}, user: { id: "u1" } }))!;
    expect(token).toMatchObject({ uid: "u1", authSessionId: expect.any(String), signedInAt: expect.any(Number) });
    expect(await jwt({ token: { ...token } })).toMatchObject({ signedInAt: token.signedInAt });
    expect(await jwt({ token: { ...token, signedInAt: Date.now() - 12 * HOUR - 1 } })).toBeNull();
    expect(await jwt({ token: { uid: "u1", authSessionId: "ancien" } })).toBeNull();
  });

  test("une session Auth.js incomplète ne donne pas de connexion", () => {
    expect(readAuthSessionClaims({ id: "u1", authSessionId: "a1", signedInAt: 1 })).toEqual({ userId: "u1", authSessionId: "a1", signedInAt: 1 });
    expect(readAuthSessionClaims({ id: "u1", authSessionId: "a1" })).toBeNull();
    expect(readAuthSessionClaims(null)).toBeNull();
  });
});
