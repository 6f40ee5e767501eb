import { describe, expect, test } from "vitest";
import { centreSchema } from "@/lib/centres/schemas";
import { checkSiret } from "@/lib/centres/siret";
import { jureSchema, lienSchema } from "@/lib/jures/schemas";

// Siège de La Poste : passe la clé de Luhn, mais la somme de ses chiffres (26) n'est pas un multiple de 5.
const SIEGE_LA_POSTE = "35600000000048";

describe("SIRET de La Poste (SIREN 356000000) : Luhn ou somme des chiffres multiple de 5", () => {
  test.each([
    [SIEGE_LA_POSTE, "Luhn seule", true],
    ["356 000 000 00048", "Luhn seule, saisi avec des espaces", true],
    ["35600000000001", "somme 15 seule", true],
    ["35600000000010", "somme 15 seule, établissement suivant", true],
    ["35600000000097", "Luhn et somme (35)", true],
    ["35600000000002", "ni Luhn ni somme", false],
    ["35600000000049", "une unité de plus que le siège", false],
  ])("%s (%s) valide : %s", (siret, _cas, valid) => {
    expect(checkSiret(siret).ok).toBe(valid);
  });

  test("le message d'un SIRET de La Poste erroné le nomme", () => {
    expect(checkSiret("35600000000002")).toEqual({ ok: false, message: "Ce SIRET de La Poste n'est pas valide : vérifiez sa saisie." });
  });

  test("un SIRET hors La Poste dont la somme est un multiple de 5 reste refusé sans la clé de Luhn", () => {
    // 5+3+0+6+0+0+7+6+6+0+0+0+2+0 = 35, clé de Luhn fausse.
    expect(checkSiret("53060076600020")).toEqual({ ok: false, message: "Ce SIRET n'est pas valide (clé de contrôle) : vérifiez sa saisie." });
  });

  test("centres, liens d'un juré et employeurs acceptent le siège de La Poste", () => {
    expect(centreSchema.shape.siret.safeParse("356 000 000 00048")).toMatchObject({ success: true, data: SIEGE_LA_POSTE });
    expect(lienSchema.shape.centreSiret.safeParse(SIEGE_LA_POSTE)).toMatchObject({ success: true, data: SIEGE_LA_POSTE });
    expect(jureSchema.shape.employeurSiret.safeParse(SIEGE_LA_POSTE)).toMatchObject({ success: true, data: SIEGE_LA_POSTE });
  });
});
