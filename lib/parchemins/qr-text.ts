import type { ParcheminImprime } from "./imprime";
import { signedVerificationUrl } from "./signature";

/**
 * What the parchemin's QR code holds: the address of its public verification page with the signed payload
 * (number, names, birth date, title code, date of issue; Ed25519, docs/verification.md), so that it can be
 * checked online by opening it, or offline with the published public key.
 */
export function parcheminQrText(p: ParcheminImprime, baseUrl: string): string {
  if (!p.numero) throw new Error("Un parchemin sans numéro ne s'imprime pas : numérotez-le d'abord.");
  return signedVerificationUrl(p, baseUrl);
}
