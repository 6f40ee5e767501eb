import { publicKeyPem } from "@/lib/parchemins/signing-key";

/**
 * The public key that checks the signed payload of the parchemins' QR codes (Ed25519, SPKI PEM), for
 * whoever checks a parchemin offline (docs/verification.md, /verifier/hors-ligne).
 */
// Read at each request, never at build time (the key is in the server's environment, not in the build).
export const dynamic = "force-dynamic";

export function GET() {
  return new Response(publicKeyPem(), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
