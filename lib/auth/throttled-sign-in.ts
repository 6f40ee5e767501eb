import { clientIp } from "./client-ip";
import { signInRefusals, throttledAddressSeconds, type SignInRefusals } from "./sign-in-refusals";

/** Auth.js's endpoint for a password sign-in posted to it (the form goes through a server action instead). */
export const CREDENTIALS_CALLBACK_PATH = "/api/auth/callback/credentials";

/**
 * A throttled address gets its refusal after this pause. Waiting costs the server a timer, not CPU, while a
 * client that floods with a fixed number of parallel connections is slowed to one attempt per connection
 * and pause: the work left to refusals no longer crowds out the pages of signed-in agents.
 */
export const THROTTLED_ANSWER_DELAY_MS = 1000;

export function pauseBeforeRefusal(ms = THROTTLED_ANSWER_DELAY_MS): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The proxy's answer to a password sign-in from an address this instance already knows to be throttled:
 * the redirection Auth.js would make (`/connexion?error=CredentialsSignin&code=throttled:42`, which the page
 * turns into « Trop de tentatives. Réessayez dans 42 secondes. »), without rendering the route, parsing the
 * form or checking the CSRF token, after a pause (see above). Null at once for every other request, which
 * goes on as usual.
 */
export async function refuseThrottledSignIn(
  request: { method: string; headers: Pick<Headers, "get">; nextUrl: { pathname: string; origin: string } },
  options: { refusals?: SignInRefusals; now?: number; pause?: () => Promise<void> } = {},
): Promise<Response | null> {
  if (request.method !== "POST" || request.nextUrl.pathname !== CREDENTIALS_CALLBACK_PATH) return null;
  const seconds = throttledAddressSeconds(clientIp(request.headers), options.refusals ?? signInRefusals(), options.now ?? Date.now());
  if (seconds === null) return null;
  await (options.pause ?? pauseBeforeRefusal)();
  const target = new URL("/connexion", request.nextUrl.origin);
  target.searchParams.set("error", "CredentialsSignin");
  target.searchParams.set("code", `throttled:${seconds}`);
  return new Response(null, { status: 302, headers: { Location: target.toString(), "Retry-After": String(seconds) } });
}
