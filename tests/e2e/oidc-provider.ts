import Provider from "oidc-provider";
import { APP_URL, OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT } from "./support/env";

/**
 * A real OpenID Connect provider for the e2e run, shaped like ProConnect: the identity is in the userinfo
 * answer, signed as a JWT (application/jwt), with `usual_name` for the surname. Any login is accepted and
 * becomes the email of the identity, so a test chooses who signs in.
 */
const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: [`${APP_URL}/api/auth/callback/proconnect`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      userinfo_signed_response_alg: "RS256",
    },
  ],
  claims: {
    openid: ["sub"],
    email: ["email"],
    given_name: ["given_name"],
    usual_name: ["usual_name"],
    uid: ["uid"],
    siret: ["siret"],
    organizational_unit: ["organizational_unit"],
  },
  features: { devInteractions: { enabled: true }, jwtUserinfo: { enabled: true } },
  // Like ProConnect, the ID token carries no profile claims: only userinfo does.
  conformIdTokenClaims: true,
  cookies: { keys: ["cle-de-test-des-cookies-oidc-e2e"] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return {
          sub: `pc-${Buffer.from(id).toString("hex").slice(0, 24)}`,
          email: id,
          given_name: "Agent",
          usual_name: "PROCONNECT",
          uid: id,
          siret: "13000000000000",
          organizational_unit: "DREETS",
        };
      },
    };
  },
});

provider.listen(OIDC_PORT, () => {
  console.log(`Fournisseur OpenID de test sur ${OIDC_ISSUER}`);
});
