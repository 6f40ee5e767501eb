import type { NextAuthConfig } from "next-auth";
import { AUTH_SESSION_IDLE_SECONDS, isAuthSessionExpired } from "./lib/auth/auth-session-lifetime";

/**
 * The part of the Auth.js configuration that needs no database: the proxy uses it to read the auth
 * session cookie; `auth.ts` adds the providers.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/connexion", error: "/connexion" },
  session: { strategy: "jwt", maxAge: AUTH_SESSION_IDLE_SECONDS },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // At sign-in only: the account, an id that sign-out can revoke, and the sign-in instant, which
      // renewals keep so that the absolute lifetime counts from the sign-in itself.
      if (user?.id) {
        token.uid = user.id;
        token.authSessionId = crypto.randomUUID();
        token.signedInAt = Date.now();
        return token;
      }
      // Returning null ends the auth session: the cookie is cleared.
      if (typeof token.signedInAt !== "number" || isAuthSessionExpired(token.signedInAt, Date.now())) return null;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.authSessionId === "string") session.user.authSessionId = token.authSessionId;
      if (typeof token.signedInAt === "number") session.user.signedInAt = token.signedInAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
