import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { CREDENTIALS_CALLBACK_PATH, refuseThrottledSignIn } from "./lib/auth/throttled-sign-in";
import { contentSecurityPolicy, staticSecurityHeaders } from "./lib/security-headers";

const { auth } = NextAuth(authConfig);

/** Pages that answer without a session. Everything else sends an anonymous visitor to /connexion. */
const PUBLIC_PATHS = ["/connexion", "/mentions-legales", "/accessibilite", "/telechargement", "/verifier", "/.well-known/ceres-parchemins.pub"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// This only redirects anonymous visitors and sets headers: who may see what is decided in lib/.
const pages = auth((request) => {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  // API route handlers answer 401 themselves: a redirection to an HTML page means nothing to a fetch().
  if (!request.auth && !isPublic(pathname) && !pathname.startsWith("/api/")) {
    const url = new URL("/connexion", request.nextUrl.origin);
    if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(url);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  return response;
}) as unknown as NextMiddleware; // auth()'s overloads hide that this wrapper is a middleware

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // A flood of passwords from an address already throttled is refused here, before any other work.
  const refusal = await refuseThrottledSignIn(request);
  if (refusal) return refusal;
  if (request.nextUrl.pathname === CREDENTIALS_CALLBACK_PATH) return NextResponse.next();
  return pages(request, event);
}

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|dsfr/).*)", "/api/auth/callback/credentials"],
};
