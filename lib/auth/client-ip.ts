/**
 * The client address of a sign-in attempt, for the per-address limits. CERES runs behind a reverse proxy
 * that sets `X-Forwarded-For` (its first hop is the client) or `X-Real-IP`; `next start` alone fills
 * `X-Forwarded-For` with the socket address when the header is absent. A client reaching the app directly
 * could send its own header: in production only the proxy must reach the app (see README). The
 * per-account limit holds whatever address is claimed.
 */
export function clientIp(headers: Pick<Headers, "get"> | null | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = headers?.get("x-real-ip")?.trim();
  const ip = (forwarded || real || "").toLowerCase().slice(0, 64);
  return ip || "inconnue";
}
