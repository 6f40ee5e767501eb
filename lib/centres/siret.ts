/**
 * SIREN of La Poste: its establishments' SIRETs may fail the Luhn key, and then pass when their digit sum is
 * a multiple of 5 (INSEE rule). Its head office, 356 000 000 00048, passes Luhn and not the sum: either holds.
 */
export const SIREN_LA_POSTE = "356000000";

export type SiretCheck = { ok: true; siret: string } | { ok: false; message: string };

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      // Stryker disable next-line EqualityOperator: a doubled digit is even, never 9
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A SIRET as users type it (spaces allowed), checked: 14 digits, Luhn key, La Poste exception. */
export function checkSiret(input: string): SiretCheck {
  const siret = input.replace(/[\s.]/g, "");
  if (!siret) return { ok: false, message: "Saisissez le SIRET du centre." };
  if (!/^\d+$/.test(siret)) return { ok: false, message: "Un SIRET ne contient que des chiffres." };
  if (siret.length !== 14) return { ok: false, message: `Un SIRET compte 14 chiffres (${siret.length} saisis).` };
  if (luhnValid(siret)) return { ok: true, siret };
  if (siret.startsWith(SIREN_LA_POSTE)) {
    const sum = [...siret].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0 ? { ok: true, siret } : { ok: false, message: "Ce SIRET de La Poste n'est pas valide : vérifiez sa saisie." };
  }
  return { ok: false, message: "Ce SIRET n'est pas valide (clé de contrôle) : vérifiez sa saisie." };
}
