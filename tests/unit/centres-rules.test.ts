import { describe, expect, test } from "vitest";
import { canCreateSession, typeOn, type AgrementFacts, type R1Input } from "@/lib/agrements/can-create-session";
import { plainStatus } from "@/lib/agrements/plain-status";
import { checkTransition } from "@/lib/agrements/transitions";
import { checkSiret } from "@/lib/centres/siret";

describe("SIRET", () => {
  test.each([
    ["53060076600022", true],
    ["530 600 766 00022", true],
    ["53060076600023", false],
    ["35600000000001", true],
    ["35600000000002", false],
    ["73282932000074", true],
  ])("%s valide : %s", (siret, valid) => {
    expect(checkSiret(siret).ok).toBe(valid);
  });

  test.each([
    ["", "Saisissez le SIRET du centre."],
    ["5306007660002A", "Un SIRET ne contient que des chiffres."],
    ["5306007660002", "Un SIRET compte 14 chiffres (13 saisis)."],
    ["53060076600023", "Ce SIRET n'est pas valide (clé de contrôle) : vérifiez sa saisie."],
    ["35600000000002", "Ce SIRET de La Poste n'est pas valide : vérifiez sa saisie."],
  ])("%j → %s", (input, message) => {
    expect(checkSiret(input)).toEqual({ ok: false, message });
  });
});

describe("transitions d'un agrément", () => {
  test.each([
    ["deposer", null, "centre", "en_instruction"],
    ["accepter", "en_instruction", "regional", "acceptee"],
    ["refuser", "en_instruction", "national", "refusee"],
    ["retirer", "acceptee", "regional", "retiree"],
  ] as const)("%s depuis %s par %s → %s", (transition, from, role, to) => {
    expect(checkTransition(transition, from, role)).toEqual({ ok: true, to });
  });

  test.each([
    ["accepter", "en_instruction", "centre"],
    ["accepter", "refusee", "regional"],
    ["retirer", "en_instruction", "regional"],
    ["refuser", "acceptee", "national"],
    ["deposer", "acceptee", "centre"],
  ] as const)("refuse %s depuis %s par %s", (transition, from, role) => {
    expect(checkTransition(transition, from, role).ok).toBe(false);
  });
});

const FIN = "2024-07-01";
const accepted = (over: Partial<AgrementFacts> = {}): AgrementFacts => ({ id: "a1", statut: "acceptee", siteId: "s1", validFrom: "2020-01-01", validTo: FIN, ...over });
const input = (over: Partial<R1Input> = {}): R1Input => ({ date: "2024-03-01", siteId: "s1", finDeVie: FIN, agrements: [accepted()], types: [], ...over });
const cfa = [{ typeCentre: "CFA", validFrom: "2019-01-01" }];

describe("création d'une session (R1)", () => {
  test.each([
    ["version en vigueur, agrément valide", input(), true],
    ["le jour de la fin de vie", input({ date: FIN }), true],
    ["CFA, lendemain de la fin de vie", input({ date: "2024-07-02", types: cfa }), true],
    ["CRP, fin de vie + 24 mois", input({ date: "2026-07-01", types: [{ typeCentre: "CRP", validFrom: "2010-05-05" }] }), true],
    ["CFA, fin de vie + 24 mois et un jour", input({ date: "2026-07-02", types: cfa }), false],
    ["autre centre, lendemain de la fin de vie", input({ date: "2024-07-02", types: [{ typeCentre: "Autre", validFrom: "2019-01-01" }] }), false],
    ["centre sans type, lendemain de la fin de vie", input({ date: "2024-07-02" }), false],
    ["type CFA enregistré seulement après la date de la session", input({ date: "2024-08-01", types: [{ typeCentre: "CFA", validFrom: "2024-09-01" }] }), false],
  ])("%s → %s", (_title, r1Input, expected) => {
    expect(canCreateSession(r1Input).ok).toBe(expected);
  });

  test("en prolongation, la réponse le dit", () => {
    expect(canCreateSession(input({ date: "2025-01-15", types: cfa }))).toEqual({ ok: true, agrementId: "a1", enProlongation: true });
  });

  test.each([
    ["aucun agrément", input({ agrements: [] }), "aucun_agrement"],
    ["agrément d'un autre site", input({ agrements: [accepted({ siteId: "s2" })] }), "agrement_autre_site"],
    ["demande en instruction", input({ agrements: [accepted({ statut: "en_instruction", validFrom: null, validTo: null })] }), "agrement_en_instruction"],
    ["agrément refusé", input({ agrements: [accepted({ statut: "refusee" })] }), "agrement_refuse"],
    ["agrément retiré", input({ agrements: [accepted({ statut: "retiree" })] }), "agrement_retire"],
    ["agrément expiré avant la fin de vie", input({ agrements: [accepted({ validTo: "2023-12-31" })] }), "agrement_expire"],
    ["agrément pas encore valide", input({ agrements: [accepted({ validFrom: "2024-06-01" })] }), "agrement_pas_encore_valide"],
    ["autre centre après la fin de vie", input({ date: "2024-07-02" }), "version_expiree"],
  ])("%s → %s", (_title, r1Input, reason) => {
    const result = canCreateSession(r1Input);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message.length).toBeGreaterThan(10);
  });

  test("le message explique la prolongation réservée aux CFA et CRP", () => {
    const result = canCreateSession(input({ date: "2024-07-02" }));
    expect(!result.ok && result.message).toBe(
      "Cette version du titre a atteint sa fin de vie le 01/07/2024. Seuls les CFA et les CRP dont le type était enregistré à la date de la session peuvent encore créer des sessions, jusqu'au 01/07/2026.",
    );
  });

  test("un agrément qui s'arrête avant la fin de vie n'est pas prolongé, même pour un CFA", () => {
    expect(canCreateSession(input({ date: "2024-07-02", types: cfa, agrements: [accepted({ validTo: "2024-06-30" })] })).ok).toBe(false);
  });

  test("le type retenu est le dernier enregistré à la date", () => {
    const types = [
      { typeCentre: "CFA", validFrom: "2018-01-01" },
      { typeCentre: null, validFrom: "2022-01-01" },
      { typeCentre: "CRP", validFrom: "2023-01-01" },
    ];
    expect([typeOn(types, "2017-12-31"), typeOn(types, "2018-01-01"), typeOn(types, "2022-06-01"), typeOn(types, "2024-01-01")]).toEqual([null, "CFA", null, "CRP"]);
  });
});

describe("statut lisible d'un agrément pour le centre", () => {
  test.each([
    [{ statut: "acceptee", validFrom: "2020-01-01", validTo: FIN }, "2024-03-01", 0, "valide"],
    [{ statut: "acceptee", validFrom: "2025-01-01", validTo: "2025-06-01" }, "2024-03-01", 0, "valide"],
    [{ statut: "acceptee", validFrom: "2020-01-01", validTo: FIN }, "2024-07-02", 0, "expiree"],
    [{ statut: "acceptee", validFrom: "2020-01-01", validTo: FIN }, "2024-07-02", 24, "valide"],
    [{ statut: "en_instruction", validFrom: null, validTo: null }, "2024-03-01", 0, "en_instruction"],
    [{ statut: "refusee", validFrom: null, validTo: null }, "2024-03-01", 0, "refusee"],
    [{ statut: "retiree", validFrom: "2020-01-01", validTo: FIN }, "2024-03-01", 0, "retiree"],
  ] as const)("%j le %s (prolongation %i mois) → %s", (agrement, today, months, expected) => {
    expect(plainStatus(agrement, today, FIN, months)).toBe(expected);
  });
});
