import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { loadParcheminImprimeParNumero, type ParcheminImprime } from "./imprime";
import { parseParcheminNumero } from "./numero";
import { payloadMatches, verifyPayload } from "./signature";
import { parcheminPublicKey } from "./signing-key";
import type { KeyObject } from "node:crypto";

/**
 * What the public verification shows of a parchemin: exactly its printed fields (ParcheminImprime) and its
 * status, without the internal id. The number is always present here (a parchemin without one cannot be
 * looked up).
 */
export type ParcheminVerifie = Omit<ParcheminImprime, "id" | "numero"> & { numero: string };

/** The signed payload of the QR code, when the page was opened with one. */
export type SignatureVerifiee = "valide" | "differente" | "invalide";

export type Verification = { trouve: true; parchemin: ParcheminVerifie; signature: SignatureVerifiee | null } | { trouve: false };

/** The one answer for every number that leads to no parchemin (unknown, malformed, wrong check character). */
export const AUCUN_PARCHEMIN = "Aucun parchemin ne correspond à ce numéro. Vérifiez la saisie.";

/** The longest input read: a number with separators is 13 characters; beyond, nothing can match. */
const MAX_SAISIE = 64;

/**
 * Looks a typed or scanned number up. An unknown number, a malformed one and a wrong check character all
 * answer `{ trouve: false }`, and all of them run the same lookup, so that neither the answer nor its time
 * tells them apart. With `signature` (the `s` parameter of the QR code), says whether it is signed by
 * `publicKey` and signs this record's fields.
 */
export async function verifierParchemin(db: DbOrTx, saisie: string, options: { signature?: string | null; publicKey?: KeyObject } = {}): Promise<Verification> {
  const lu = parseParcheminNumero(saisie.slice(0, MAX_SAISIE));
  const imprime = await loadParcheminImprimeParNumero(db, lu.ok ? lu.numero : "");
  if (!lu.ok || !imprime || imprime.numero !== lu.numero) return { trouve: false };
  const { id: _id, numero, ...champs } = imprime;
  return { trouve: true, parchemin: { ...champs, numero }, signature: verifierSignature(imprime, options) };
}

function verifierSignature(imprime: ParcheminImprime, options: { signature?: string | null; publicKey?: KeyObject }): SignatureVerifiee | null {
  if (!options.signature || !options.publicKey) return null;
  const verified = verifyPayload(options.signature, options.publicKey);
  if (!verified.ok) return "invalide";
  return payloadMatches(verified.champs, imprime) ? "valide" : "differente";
}

/** The verification page's lookup: the application's database, and its own public key for a QR payload. */
export function verifierParcheminPublic(saisie: string, signature: string | null): Promise<Verification> {
  return verifierParchemin(getDb(), saisie, { signature, publicKey: signature ? parcheminPublicKey() : undefined });
}
