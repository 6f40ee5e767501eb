import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { checkCredentials, MAX_PASSWORD_LENGTH } from "@/lib/auth/check-credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { findUserForOidcLogin } from "@/lib/auth/oidc-sign-in";

class RefusedSignIn extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) });

export const OIDC_PROVIDER_ID = "proconnect";

/** The generic OpenID Connect provider, on when its three variables are set (ProConnect or any OIDC issuer). */
export function oidcSettings() {
  const issuer = process.env.AUTH_OIDC_ISSUER;
  const clientId = process.env.AUTH_OIDC_CLIENT_ID;
  const clientSecret = process.env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: process.env.AUTH_OIDC_NAME ?? "ProConnect",
    scope: process.env.AUTH_OIDC_SCOPE ?? "openid email given_name usual_name uid siret organizational_unit",
    acrValues: process.env.AUTH_OIDC_ACR_VALUES,
  };
}

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new RefusedSignIn("invalid");
        const outcome = await checkCredentials({ ...parsed.data, ip: clientIp(request?.headers) });
        if (!outcome.ok) throw new RefusedSignIn(outcome.reason === "throttled" ? `throttled:${outcome.retryAfterSeconds}` : outcome.reason);
        return { id: outcome.userId };
      },
    }),
  ];
  const oidc = oidcSettings();
  if (oidc) {
    list.push({
      id: OIDC_PROVIDER_ID,
      name: oidc.name,
      type: "oidc",
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      // ProConnect puts the identity in the userinfo answer, which it sends as a signed JWT
      // (application/jwt): reading the profile from userinfo rather than from the ID token handles both.
      idToken: false,
      checks: ["pkce", "state", "nonce"],
      authorization: {
        params: { scope: oidc.scope, ...(oidc.acrValues ? { acr_values: oidc.acrValues } : {}) },
      },
      profile(profile) {
        const prenom = typeof profile.given_name === "string" ? profile.given_name : "";
        const nom = typeof profile.usual_name === "string" ? profile.usual_name : (profile.family_name ?? "");
        return { id: String(profile.sub), email: profile.email ?? null, name: `${prenom} ${nom}`.trim() };
      },
    });
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused password is an expected answer, not a server error: keep the logs for real failures.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: providers(),
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const outcome = await findUserForOidcLogin(user.email, account.providerAccountId);
      if (!outcome.ok) return `/connexion?erreur=${outcome.reason}`;
      // From here on the session carries the CERES account id, not the provider's subject.
      user.id = outcome.userId;
      return true;
    },
    // Every redirection Auth.js makes (after sign-in, sign-out, an error) stays on this site.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
  },
});
