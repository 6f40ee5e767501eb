import type { ParcheminImprime } from "./imprime";
import { signedVerificationUrl } from "./signature";

/**
 * What the parchemin's QR code holds: the address of its public verification page with the signed payload
 * (number, names, birth date, title code, date of issue; Ed25519, docs/verification.md), so that it can be
 * checked online by opening it, or offline with the published public key.
 */
export function parcheminQrText(p: ParcheminImprime, baseUrl: string): string {
  numeroRequis(p);
  return signedVerificationUrl(p, baseUrl);
}

/** The parchemin's number, or the refusal to print one that has none (it is numbered first: numerotation). */
export function numeroRequis(p: ParcheminImprime): string {
  if (!p.numero) throw new Error("Un parchemin sans numéro ne s'imprime pas : numérotez-le d'abord.");
  return p.numero;
}
