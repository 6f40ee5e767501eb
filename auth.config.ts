import type { NextAuthConfig } from "next-auth";

/** A session ends after 8 hours without activity: each request renews the cookie (sliding expiry). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;

/**
 * The part of the Auth.js configuration that needs no database: the proxy uses it to read the session
 * cookie; `auth.ts` adds the providers.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/connexion", error: "/connexion" },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // At sign-in only: the account, and a session id that sign-out can revoke.
      if (user?.id) {
        token.uid = user.id;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sid === "string") session.user.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
