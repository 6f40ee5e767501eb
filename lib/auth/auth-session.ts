import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import type { UserRole } from "@/db/schema";
import { readAuthSessionClaims } from "./auth-session-lifetime";
import type { CurrentUser } from "./current-user";
import { loadAuthSessionUser } from "./load-auth-session-user";
import { revokeAuthSession } from "./revoke-auth-session";

/** The signed-in user of this request (see loadAuthSessionUser), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  return loadAuthSessionUser(readAuthSessionClaims(session?.user));
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

/** Ends the current auth session for good: its id is refused from now on, even if its cookie comes back. */
export async function revokeCurrentAuthSession(): Promise<void> {
  const session = await auth();
  const claims = readAuthSessionClaims(session?.user);
  const user = await getCurrentUser();
  if (!claims || !user) return;
  await revokeAuthSession(user, claims.authSessionId);
}
