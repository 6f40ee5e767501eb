import { and, eq, notExists } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { revokedAuthSessions, users } from "@/db/schema";
import { isAuthSessionExpired, type AuthSessionClaims } from "./auth-session-lifetime";
import { toCurrentUser, type CurrentUser } from "./current-user";
import { currentUserColumns } from "./current-user-columns";

/**
 * The person behind an auth session, re-read from the users row on every request: a deactivated account,
 * a changed role or password, a sign-out or the absolute lifetime take effect at once, whatever the
 * cookie still says.
 */
export async function loadAuthSessionUser(claims: AuthSessionClaims | null, now = Date.now(), db: Db = getDb()): Promise<CurrentUser | null> {
  if (!claims || isAuthSessionExpired(claims.signedInAt, now)) return null;
  const [row] = await db
    .select({ ...currentUserColumns, authSessionsValidFrom: users.authSessionsValidFrom })
    .from(users)
    .where(
      and(
        eq(users.id, claims.userId),
        notExists(
          db
            .select({ id: revokedAuthSessions.authSessionId })
            .from(revokedAuthSessions)
            .where(eq(revokedAuthSessions.authSessionId, claims.authSessionId)),
        ),
      ),
    );
  if (!row || isAuthSessionExpired(claims.signedInAt, now, row.authSessionsValidFrom)) return null;
  return toCurrentUser(row);
}
