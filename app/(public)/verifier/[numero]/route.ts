import type { NextRequest } from "next/server";
import { publicPageHtml } from "@/components/layout/shell-html";
import { clientIp } from "@/lib/auth/client-ip";
import { publicStylesheets } from "@/lib/html/next-styles";
import { SIGNATURE_PARAM } from "@/lib/parchemins/signature";
import { verifierParcheminPublic } from "@/lib/parchemins/verification";
import { takeVerification, tropDeVerifications, verificationLimiter } from "@/lib/parchemins/verification-rate-limit";
import { verificationHtml, type Resultat } from "../_components/verification-html";

/**
 * The verification result, the page a QR code opens: written as HTML by this handler rather than rendered by
 * React, for it is the one page the public opens at scale and its target is 20 ms at the 95th percentile
 * (docs/verification.md). Same shell, same words, same DSFR stylesheets as the other public pages.
 */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function page(resultat: Resultat, status: number, extra: Record<string, string> = {}): Response {
  const body = publicPageHtml({
    titre: "Vérification d’un parchemin",
    // Personal data of a holder: never in a search engine.
    robots: "noindex, nofollow",
    stylesheets: publicStylesheets(),
    contenu: verificationHtml(resultat),
  });
  return new Response(body.text, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow", ...extra },
  });
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ numero: string }> }) {
  const saisie = decoded((await params).numero).slice(0, 64);
  const allowed = await takeVerification(verificationLimiter(), clientIp(request.headers));
  if (!allowed.ok) return page({ refus: tropDeVerifications(allowed.retryAfterSeconds) }, 429, { "Retry-After": String(allowed.retryAfterSeconds) });
  const signature = request.nextUrl.searchParams.get(SIGNATURE_PARAM);
  const verification = await verifierParcheminPublic(saisie, signature || null);
  return page({ saisie, verification }, 200);
}
