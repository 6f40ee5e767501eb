import { randomBytes } from "node:crypto";

/**
 * The parchemin's unique number (DOMAIN R7, issue "Parchemins"): 10 random Crockford base-32 characters and
 * one check character, printed in groups of four ("7KQ2-M9XD-4TR"). The check is the value of the ten
 * characters modulo 37, a prime: a single wrong character changes the value by (a − b)·32^k, and a swap of
 * two adjacent characters by (a − b)·31·32^k — neither is a multiple of 37, so both are caught. Numbers
 * whose check would need one of Crockford's five extra check symbols (*~$=U) are drawn again, so that the
 * whole number is typed with the same 32 characters. Random, never sequential: one number tells nothing of
 * another.
 */
export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const NUMERO_DATA_LENGTH = 10;
export const NUMERO_LENGTH = NUMERO_DATA_LENGTH + 1;
const CHECK_MODULUS = 37;

function valueOf(char: string): number {
  return CROCKFORD.indexOf(char);
}

/** The check value (0–36) of the data characters. */
export function checkValue(data: string): number {
  let rest = 0;
  for (const char of data) rest = (rest * 32 + valueOf(char)) % CHECK_MODULUS;
  return rest;
}

/** A new number, stored form (11 characters, no separator). `random` is injectable for tests. */
export function generateParcheminNumero(random: (size: number) => Uint8Array = randomBytes): string {
  for (;;) {
    const bytes = random(NUMERO_DATA_LENGTH);
    let data = "";
    for (let i = 0; i < NUMERO_DATA_LENGTH; i++) data += CROCKFORD[bytes[i]! & 31];
    const check = checkValue(data);
    if (check < 32) return data + CROCKFORD[check];
  }
}

/** True when the stored form is well made and its check character matches. */
export function isValidParcheminNumero(numero: string): boolean {
  if (numero.length !== NUMERO_LENGTH) return false;
  for (const char of numero) if (valueOf(char) < 0) return false;
  return checkValue(numero.slice(0, NUMERO_DATA_LENGTH)) === valueOf(numero[NUMERO_DATA_LENGTH]!);
}

/** The printed form: groups of four separated by hyphens ("7KQ2-M9XD-4TR"). */
export function formatParcheminNumero(numero: string): string {
  return numero.match(/.{1,4}/g)!.join("-");
}

export type NumeroSaisi = { ok: true; numero: string } | { ok: false; raison: "format" | "controle" };

/**
 * Reads a number as a person types it: lower case accepted, spaces, hyphens and dots ignored, I and L read
 * as 1, O as 0 (Crockford). "format" when it cannot be a number, "controle" when the check character does
 * not match (a typing error). The verification page gives both the same answer to the public.
 */
export function parseParcheminNumero(input: string): NumeroSaisi {
  const numero = input
    .toUpperCase()
    .replace(/[\s.\-‐‑–—]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (numero.length !== NUMERO_LENGTH || [...numero].some((char) => valueOf(char) < 0)) return { ok: false, raison: "format" };
  return isValidParcheminNumero(numero) ? { ok: true, numero } : { ok: false, raison: "controle" };
}
