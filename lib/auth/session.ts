import "server-only";
import { and, eq, notExists } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { revokedSessions, users, type UserRole } from "@/db/schema";
import { toCurrentUser, type CurrentUser } from "./current-user";
import { revokeSession } from "./revoke-session";

/**
 * The signed-in user, re-read from the users row on every request: a deactivated account or a changed
 * role takes effect at once, whatever the session cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = session?.user?.sid;
  if (!id || !sid) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      prenom: users.prenom,
      nom: users.nom,
      role: users.role,
      regionCode: users.regionCode,
      departementCode: users.departementCode,
      centreId: users.centreId,
      active: users.active,
    })
    .from(users)
    .where(and(eq(users.id, id), notExists(getDb().select({ sid: revokedSessions.sid }).from(revokedSessions).where(eq(revokedSessions.sid, sid)))));
  return row ? toCurrentUser(row) : null;
});

/** For pages and actions: anonymous visitors go to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/connexion");
  return user;
}

/** A page outside the user's role does not exist for them (404, never 403). */
export async function requireRole<R extends UserRole>(...roles: R[]): Promise<Extract<CurrentUser, { role: R }>> {
  const user = await requireUser();
  if (!(roles as UserRole[]).includes(user.role)) notFound();
  return user as Extract<CurrentUser, { role: R }>;
}

/** Ends the current session for good: its id is refused from now on, even if its cookie comes back. */
export async function revokeCurrentSession(): Promise<void> {
  const session = await auth();
  const id = session?.user?.id;
  const sid = session?.user?.sid;
  if (!id || !sid) return;
  await revokeSession(id, sid);
}
