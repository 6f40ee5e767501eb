/**
 * How long an auth session (the signed JWT cookie) lives. Pure rules: the proxy (edge) and the server both
 * read them, the database is consulted elsewhere.
 */

/** Without activity for 8 hours, the cookie expires: each request renews it (sliding expiry). */
export const AUTH_SESSION_IDLE_SECONDS = 8 * 60 * 60;

/** Whatever the activity, a sign-in is valid 12 hours at most: then the person signs in again. */
export const AUTH_SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** What the token says about its sign-in, as the session callback exposes it. */
export type AuthSessionClaims = { userId: string; authSessionId: string; signedInAt: number };

export function readAuthSessionClaims(user: { id?: unknown; authSessionId?: unknown; signedInAt?: unknown } | undefined | null): AuthSessionClaims | null {
  if (!user) return null;
  const { id, authSessionId, signedInAt } = user;
  if (typeof id !== "string" || typeof authSessionId !== "string" || typeof signedInAt !== "number") return null;
  return { userId: id, authSessionId, signedInAt };
}

/** Past its absolute lifetime, or signed in before the credentials last changed: the token is refused. */
export function isAuthSessionExpired(signedInAt: number, now: number, validFrom: Date | null = null): boolean {
  if (!Number.isFinite(signedInAt) || signedInAt > now) return true;
  if (now - signedInAt >= AUTH_SESSION_MAX_AGE_MS) return true;
  return validFrom !== null && signedInAt < validFrom.getTime();
}
