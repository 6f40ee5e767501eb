import { describe, expect, test } from "vitest";
import { agrementCovers, canCreateSession, canHoldSession, typeOn, type AgrementFacts, type R1Input } from "@/lib/agrements/can-create-session";
import { plainStatus } from "@/lib/agrements/plain-status";
import { checkTransition } from "@/lib/agrements/transitions";

// Les bornes de R1 : premier et dernier jour d'un agrément, types enregistrés le même jour, fin de vie + 24 mois.
const FIN = "2024-07-01";
const agrement = (over: Partial<AgrementFacts> = {}): AgrementFacts => ({ id: "a1", statut: "acceptee", siteId: "s1", validFrom: "2021-03-15", validTo: "2023-09-30", ...over });
const input = (over: Partial<R1Input> = {}): R1Input => ({ date: "2022-01-10", siteId: "s1", finDeVie: FIN, agrements: [agrement()], types: [], ...over });

describe("R1 : jours couverts par un agrément accepté", () => {
  test.each([
    ["la veille du premier jour", "2021-03-14", false],
    ["le premier jour", "2021-03-15", true],
    ["le dernier jour", "2023-09-30", true],
    ["le lendemain du dernier jour", "2023-10-01", false],
  ])("%s (%s) → %s", (_cas, date, couvert) => {
    expect(agrementCovers(agrement(), date, FIN, 24)).toBe(couvert);
    expect(canCreateSession(input({ date })).ok).toBe(couvert);
  });

  test.each([
    ["sans fin de validité, dix ans après", agrement({ validTo: null }), "2031-01-01", FIN, 24, true],
    ["sans fin de validité, version sans fin de vie", agrement({ validTo: null }), "2031-01-01", null, 0, true],
    ["sans date de début", agrement({ validFrom: null }), "2022-01-10", FIN, 24, false],
    ["en instruction, dates renseignées", agrement({ statut: "en_instruction" }), "2022-01-10", FIN, 24, false],
    ["jusqu'à la fin de vie, lendemain, sans prolongation", agrement({ validTo: FIN }), "2024-07-02", FIN, 0, false],
    ["jusqu'à la fin de vie, fin de vie + 24 mois", agrement({ validTo: FIN }), "2026-07-01", FIN, 24, true],
    ["jusqu'à la fin de vie, fin de vie + 24 mois et un jour", agrement({ validTo: FIN }), "2026-07-02", FIN, 24, false],
    ["version sans fin de vie, lendemain de la fin de l'agrément", agrement(), "2023-10-01", null, 24, false],
  ] as const)("%s", (_cas, a, date, finDeVie, months, couvert) => {
    expect(agrementCovers(a, date, finDeVie, months)).toBe(couvert);
  });
});

describe("R1 : type du centre à la date de la session", () => {
  test.each([
    ["deux types enregistrés le même jour : le dernier enregistré l'emporte", [{ typeCentre: "CFA", validFrom: "2023-05-02" }, { typeCentre: "Autre", validFrom: "2023-05-02" }], "2024-01-01", "Autre"],
    ["même jour, dans l'autre ordre", [{ typeCentre: "Autre", validFrom: "2023-05-02" }, { typeCentre: "CRP", validFrom: "2023-05-02" }], "2024-01-01", "CRP"],
    ["type enregistré le jour même de la session", [{ typeCentre: "Autre", validFrom: "2020-01-01" }, { typeCentre: "CFA", validFrom: "2024-07-02" }], "2024-07-02", "CFA"],
    ["un type plus ancien enregistré après un plus récent ne le remplace pas", [{ typeCentre: "CFA", validFrom: "2023-01-01" }, { typeCentre: "Autre", validFrom: "2018-01-01" }], "2024-01-01", "CFA"],
  ] as const)("%s", (_cas, types, date, attendu) => {
    expect(typeOn([...types], date)).toBe(attendu);
  });

  test("CFA enregistré le jour même de la session, lendemain de la fin de vie : session possible en prolongation", () => {
    const types = [{ typeCentre: "CFA", validFrom: "2024-07-02" }];
    expect(canCreateSession(input({ date: "2024-07-02", types, agrements: [agrement({ validTo: FIN })] }))).toEqual({ ok: true, agrementId: "a1", enProlongation: true });
  });

  test("le jour de la fin de vie, la session n'est pas en prolongation", () => {
    expect(canCreateSession(input({ date: FIN, types: [{ typeCentre: "CFA", validFrom: "2019-01-01" }], agrements: [agrement({ validTo: FIN })] }))).toEqual({ ok: true, agrementId: "a1", enProlongation: false });
  });
});

describe("R1 : ce que dit le refus", () => {
  test.each([
    ["autre centre, fin de vie + 24 mois (jour encore ouvert aux CFA)", "2026-07-01", "Cette version du titre a atteint sa fin de vie le 01/07/2024. Seuls les CFA et les CRP dont le type était enregistré à la date de la session peuvent encore créer des sessions, jusqu'au 01/07/2026."],
    ["autre centre, fin de vie + 24 mois et un jour", "2026-07-02", "Cette version du titre a atteint sa fin de vie le 01/07/2024 : plus aucune session ne peut être créée."],
  ])("%s", (_cas, date, message) => {
    expect(canCreateSession(input({ date, agrements: [agrement({ validTo: FIN })] }))).toEqual({ ok: false, reason: "version_expiree", message });
  });

  test("plusieurs agréments expirés : la date donnée est la plus récente, quel que soit l'ordre", () => {
    const agrements = [agrement({ id: "b", validTo: "2023-12-31" }), agrement({ id: "a", validTo: "2021-12-31" }), agrement({ id: "c", validTo: "2022-06-30" })];
    expect(canCreateSession(input({ date: "2024-03-01", agrements }))).toEqual({ ok: false, reason: "agrement_expire", message: "L'agrément de ce site a expiré le 31/12/2023." });
  });

  test("agrément futur : la date de début est donnée", () => {
    expect(canCreateSession(input({ date: "2021-03-14" }))).toEqual({ ok: false, reason: "agrement_pas_encore_valide", message: "L'agrément de ce site n'est valide qu'à partir du 15/03/2021." });
  });

  test("un agrément valide sur un autre site ne sert pas, celui du site est retenu", () => {
    const agrements = [agrement({ id: "autre", siteId: "s2" }), agrement({ id: "site", statut: "refusee" }), agrement({ id: "bon" })];
    expect(canCreateSession(input({ agrements }))).toEqual({ ok: true, agrementId: "bon", enProlongation: false });
    expect(canCreateSession(input({ agrements: agrements.slice(0, 2) }))).toMatchObject({ ok: false, reason: "agrement_refuse", message: "La demande d'agrément pour ce site a été refusée." });
  });

  test.each([
    ["aucun_agrement", [], "Le centre n'a pas d'agrément pour cette version du titre."],
    ["agrement_autre_site", [agrement({ siteId: "s2" })], "L'agrément du centre pour cette version du titre porte sur un autre site."],
    ["agrement_en_instruction", [agrement({ statut: "refusee" }), agrement({ statut: "en_instruction" })], "La demande d'agrément pour ce site est en cours d'instruction."],
    ["agrement_retire", [agrement({ statut: "refusee" }), agrement({ statut: "retiree" })], "L'agrément de ce site a été retiré."],
  ] as const)("%s", (reason, agrements, message) => {
    expect(canCreateSession(input({ agrements: [...agrements] }))).toEqual({ ok: false, reason, message });
  });
});

describe("R1 : agrément accepté sans dates de validité (données reprises d'un ancien système)", () => {
  // Ni l'import VALCE ni la décision d'un agent n'enregistrent un agrément accepté sans dates ; une ligne ancienne
  // peut en avoir. Le refus disait alors « a expiré le . », ou une date d'expiration encore à venir.
  test.each([
    ["sans aucune date", agrement({ validFrom: null, validTo: null })],
    ["sans début, fin encore à venir", agrement({ validFrom: null, validTo: "2023-09-30" })],
    ["sans début, fin passée", agrement({ validFrom: null, validTo: "2021-12-31" })],
  ])("%s : refus qui dit que l'agrément n'a pas de début de validité", (_cas, a) => {
    expect(canCreateSession(input({ agrements: [a] }))).toEqual({
      ok: false,
      reason: "agrement_sans_validite",
      message: "L'agrément de ce site n'a pas de début de validité enregistré : il ne couvre aucune date. La DREETS peut le corriger.",
    });
  });

  test("à côté d'un agrément expiré du même site, c'est l'expiration qui est donnée", () => {
    const agrements = [agrement({ id: "ancien", validFrom: null, validTo: null }), agrement({ id: "expire", validTo: "2021-12-31" })];
    expect(canCreateSession(input({ agrements }))).toEqual({ ok: false, reason: "agrement_expire", message: "L'agrément de ce site a expiré le 31/12/2021." });
  });

  test("un agrément sans fin mais commencé couvre la date (il n'est ni expiré ni sans validité)", () => {
    expect(canCreateSession(input({ agrements: [agrement({ validTo: null })] }))).toEqual({ ok: true, agrementId: "a1", enProlongation: false });
  });
});

describe("R1 : agrément qui commence le jour même", () => {
  test.each([
    ["commence le jour de la session", "2022-01-10", { ok: true, agrementId: "a1", enProlongation: false }],
    ["commence le lendemain", "2022-01-11", { ok: false, reason: "agrement_pas_encore_valide", message: "L'agrément de ce site n'est valide qu'à partir du 11/01/2022." }],
  ])("%s", (_cas, validFrom, attendu) => {
    expect(canCreateSession(input({ date: "2022-01-10", agrements: [agrement({ validFrom })] }))).toEqual(attendu);
  });
});

describe("R1 sur chaque jour d'une session : bornes", () => {
  const facts = (agrements: AgrementFacts[]) => ({ finDeVie: FIN, agrements, types: [] });
  test.each([
    ["un seul jour, couvert", [agrement()], "2022-01-10", "2022-01-10", true],
    ["trois jours dont le dernier est le dernier jour de l'agrément", [agrement()], "2023-09-28", "2023-09-30", true],
    ["trois jours dont le dernier est le lendemain de la fin", [agrement()], "2023-09-29", "2023-10-01", false],
    ["premier jour la veille du début", [agrement()], "2021-03-14", "2021-03-16", false],
    ["fin avant le début : aucun jour", [agrement()], "2022-01-11", "2022-01-10", false],
    ["sans agrément", [], "2022-01-10", "2022-01-10", false],
    ["deux sites : le second couvre tous les jours", [agrement({ validTo: "2022-01-10" }), agrement({ id: "a2", siteId: "s2" })], "2022-01-10", "2022-01-12", true],
    ["deux sites : chacun ne couvre qu'une partie", [agrement({ validTo: "2022-01-10" }), agrement({ id: "a2", siteId: "s2", validFrom: "2022-01-11" })], "2022-01-10", "2022-01-11", false],
    ["traverse un 29 février", [agrement({ validFrom: "2024-02-28", validTo: "2024-03-01" })], "2024-02-28", "2024-03-01", true],
    ["s'arrête au 29 février, l'agrément finit le 28", [agrement({ validFrom: "2024-02-01", validTo: "2024-02-28" })], "2024-02-28", "2024-02-29", false],
  ] as const)("%s → %s", (_cas, agrements, debut, fin, attendu) => {
    expect(canHoldSession(facts([...agrements]), debut, fin)).toBe(attendu);
  });
});

describe("statut lisible : bornes", () => {
  test.each([
    ["premier jour", "2021-03-15", "valide"],
    ["dernier jour", "2023-09-30", "valide"],
    ["lendemain du dernier jour", "2023-10-01", "expiree"],
    ["agrément qui commence plus tard", "2020-01-01", "valide"],
  ])("%s (%s) → %s", (_cas, today, attendu) => {
    expect(plainStatus(agrement(), today, FIN, 0)).toBe(attendu);
  });

  test.each([
    ["en instruction", "en_instruction", "en_instruction"],
    ["refusée", "refusee", "refusee"],
    ["retirée", "retiree", "retiree"],
  ] as const)("%s, dates couvrant le jour : le statut l'emporte (%s → %s)", (_cas, statut, attendu) => {
    expect(plainStatus(agrement({ statut }), "2022-01-10", FIN, 24)).toBe(attendu);
  });

  test.each([
    ["jusqu'à la fin de vie, lendemain, CFA (24 mois)", "2024-07-02", 24, "valide"],
    ["jusqu'à la fin de vie, fin de vie + 24 mois", "2026-07-01", 24, "valide"],
    ["jusqu'à la fin de vie, fin de vie + 24 mois et un jour", "2026-07-02", 24, "expiree"],
    ["jusqu'à la fin de vie, lendemain, sans prolongation", "2024-07-02", 0, "expiree"],
  ] as const)("%s → %s", (_cas, today, months, attendu) => {
    expect(plainStatus(agrement({ validTo: FIN }), today, FIN, months)).toBe(attendu);
  });
});

describe("transitions : messages de refus", () => {
  test.each([
    ["accepter", "acceptee", "regional", "Impossible : l'agrément est acceptée. Rechargez la page."],
    ["accepter", "retiree", "national", "Impossible : l'agrément est retirée. Rechargez la page."],
    ["retirer", null, "national", "Impossible : l'agrément est inexistant. Rechargez la page."],
    ["deposer", "en_instruction", "regional", "Impossible : l'agrément est en cours d'instruction. Rechargez la page."],
    ["refuser", "en_instruction", "centre", "Cette action n'est pas ouverte à votre rôle."],
    ["retirer", "acceptee", "centre", "Cette action n'est pas ouverte à votre rôle."],
  ] as const)("%s depuis %s par %s", (transition, from, role, message) => {
    expect(checkTransition(transition, from, role)).toEqual({ ok: false, message });
  });

  test.each([
    ["deposer", null, "national", "en_instruction"],
    ["deposer", null, "regional", "en_instruction"],
    ["accepter", "en_instruction", "national", "acceptee"],
    ["refuser", "en_instruction", "regional", "refusee"],
    ["retirer", "acceptee", "national", "retiree"],
  ] as const)("%s depuis %s par %s → %s", (transition, from, role, to) => {
    expect(checkTransition(transition, from, role)).toEqual({ ok: true, to });
  });
});
