import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  CROCKFORD,
  NUMERO_LENGTH,
  checkValue,
  formatParcheminNumero,
  generateParcheminNumero,
  isValidParcheminNumero,
  parseParcheminNumero,
} from "@/lib/parchemins/numero";

const sample = Array.from({ length: 2000 }, () => generateParcheminNumero());

describe("numéro de parchemin", () => {
  test("11 caractères de l'alphabet de Crockford, clé valide, jamais deux fois le même sur l'échantillon", () => {
    for (const numero of sample) {
      expect(numero).toMatch(/^[0-9A-HJKMNP-TV-Z]{11}$/);
      expect(isValidParcheminNumero(numero)).toBe(true);
    }
    expect(new Set(sample).size).toBe(sample.length);
  });

  test("une clé qui demanderait un symbole hors alphabet (32 à 36) fait tirer de nouveau", () => {
    // "0000000011" vaut 1·32 + 1 = 33 : sa clé serait un symbole hors alphabet.
    expect(checkValue("0000000011")).toBe(33);
    let call = 0;
    const draws = [Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 1]), Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 7])];
    const numero = generateParcheminNumero(() => draws[call++]!);
    expect(call).toBe(2);
    expect(numero).toBe("0000000007" + CROCKFORD[7]);
  });

  test("toute erreur sur un caractère est détectée", () => {
    for (const numero of sample.slice(0, 400)) {
      for (let i = 0; i < NUMERO_LENGTH; i++) {
        for (const char of CROCKFORD) {
          if (char === numero[i]) continue;
          const wrong = numero.slice(0, i) + char + numero.slice(i + 1);
          expect(isValidParcheminNumero(wrong), `${numero} → ${wrong}`).toBe(false);
        }
      }
    }
  });

  test("toute inversion de deux caractères voisins différents est détectée (clé comprise)", () => {
    for (const numero of sample) {
      for (let i = 0; i < NUMERO_LENGTH - 1; i++) {
        if (numero[i] === numero[i + 1]) continue;
        const swapped = numero.slice(0, i) + numero[i + 1] + numero[i] + numero.slice(i + 2);
        expect(isValidParcheminNumero(swapped), `${numero} → ${swapped}`).toBe(false);
      }
    }
  });

  test("imprimé par groupes de quatre", () => {
    expect(formatParcheminNumero("7KQ2M9XD4TR")).toBe("7KQ2-M9XD-4TR");
  });

  test.each([
    ["minuscules, espaces et tirets", (n: string) => ` ${formatParcheminNumero(n).toLowerCase().replace("-", " ")} `],
    ["tirets typographiques", (n: string) => formatParcheminNumero(n).replaceAll("-", "–")],
  ])("la saisie accepte %s", (_label, typed) => {
    const numero = sample[0]!;
    expect(parseParcheminNumero(typed(numero))).toEqual({ ok: true, numero });
  });

  test("I et L se lisent 1, O se lit 0", () => {
    const numero = sample.find((n) => n.includes("1") || n.includes("0"))!;
    const typed = numero.replace(/1/g, "l").replace(/0/g, "O");
    expect(parseParcheminNumero(typed)).toEqual({ ok: true, numero });
    expect(parseParcheminNumero(numero.replace(/1/g, "I"))).toEqual({ ok: true, numero });
  });

  test.each([
    ["", "format"],
    ["ABC", "format"],
    ["7KQ2-M9XD-4TRR", "format"],
    ["7KQ2-M9XD-4TU", "format"],
    ["7KQ2-M9XD-4T#", "format"],
  ])("« %s » est refusé (%s)", (input, raison) => {
    expect(parseParcheminNumero(input)).toEqual({ ok: false, raison });
  });

  test("une clé fausse est refusée comme erreur de frappe", () => {
    const numero = sample[1]!;
    const last = CROCKFORD[(CROCKFORD.indexOf(numero[10]!) + 1) % 32]!;
    expect(parseParcheminNumero(numero.slice(0, 10) + last)).toEqual({ ok: false, raison: "controle" });
  });

  test("le tirage utilise l'aléa : deux générateurs aléatoires ne se suivent pas", () => {
    const a = generateParcheminNumero(randomBytes);
    const b = generateParcheminNumero(randomBytes);
    expect(a).not.toBe(b);
  });
});
