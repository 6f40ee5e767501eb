/** Security headers of every answer. The CSP carries a per-request nonce, which Next puts on its scripts. */
export function contentSecurityPolicy(
  nonce: string,
  dev = process.env.NODE_ENV === "development",
  oidcIssuer = process.env.AUTH_OIDC_ISSUER,
): string {
  // The sign-in form posts, then redirects to the identity provider: form-action must allow its origin.
  const formTargets = ["'self'", ...(oidcIssuer ? [new URL(oidcIssuer).origin] : [])].join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // DSFR and React set style attributes: styles stay allowed inline, scripts never are.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

export const staticSecurityHeaders: Record<string, string> = {
  // Browsers honour it on HTTPS only: two years, as the ANSSI recommends; harmless on http://localhost.
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
