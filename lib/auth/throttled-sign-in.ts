import { clientIp } from "./client-ip";
import { signInRefusals, throttledAddressSeconds } from "./sign-in-refusals";

/** Auth.js's endpoint for a password sign-in posted to it (the form goes through a server action instead). */
export const CREDENTIALS_CALLBACK_PATH = "/api/auth/callback/credentials";

/**
 * The proxy's answer to a password sign-in from an address this instance already knows to be throttled:
 * the redirection Auth.js would make (`/connexion?error=CredentialsSignin&code=throttled:42`, which the page
 * turns into « Trop de tentatives. Réessayez dans 42 secondes. »), without rendering the route, parsing the
 * form or checking the CSRF token. Null for every other request, which goes on as usual.
 */
export function refuseThrottledSignIn(
  request: { method: string; headers: Pick<Headers, "get">; nextUrl: { pathname: string; origin: string } },
  refusals = signInRefusals(),
  now = Date.now(),
): Response | null {
  if (request.method !== "POST" || request.nextUrl.pathname !== CREDENTIALS_CALLBACK_PATH) return null;
  const seconds = throttledAddressSeconds(clientIp(request.headers), refusals, now);
  if (seconds === null) return null;
  const target = new URL("/connexion", request.nextUrl.origin);
  target.searchParams.set("error", "CredentialsSignin");
  target.searchParams.set("code", `throttled:${seconds}`);
  return new Response(null, { status: 302, headers: { Location: target.toString(), "Retry-After": String(seconds) } });
}
