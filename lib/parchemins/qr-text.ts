import type { ParcheminImprime } from "./imprime";

/**
 * What the parchemin's QR code holds: for now the address of its public verification page. The signed
 * payload (issue 13, part 5) will be carried here, so the PDF never has to change to hold it.
 */
export function parcheminQrText(p: ParcheminImprime, baseUrl: string): string {
  if (!p.numero) throw new Error("Un parchemin sans numéro ne s'imprime pas : numérotez-le d'abord.");
  return `${baseUrl.replace(/\/+$/, "")}/verifier/${p.numero}`;
}
