import { describe, expect, test } from "vitest";
import { checkCriteria, type Competences } from "@/lib/jures/criteria";
import { checkPeriodeDates, decideCriteria } from "@/lib/jures/periode-rules";
import { checkEligibility, finEffective, reasonLabel, type EligibilityInput } from "@/lib/jures/eligibility";
import { habilitationStatus, prolongationText } from "@/lib/jures/habilitation-status";
import { PROLONGATION } from "@/lib/titres/policy";

const FDV = "2024-06-30";
const base = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  session: { debut: "2023-03-01", fin: "2023-03-02", centreId: "c1" },
  finDeVie: FDV,
  periodes: [{ debut: "2020-01-01", fin: FDV }],
  liens: [],
  ...over,
});
const on = (debut: string, fin = debut) => ({ debut, fin, centreId: "c1" });

describe("fin effective d'une période (R3)", () => {
  test.each([
    ["période qui s'arrête avant la fin de vie", "2022-12-31", FDV, "2022-12-31", false],
    ["période qui va jusqu'à la fin de vie", FDV, FDV, "2026-06-30", true],
    ["période enregistrée au-delà de la fin de vie (donnée ancienne)", "2025-12-31", FDV, "2026-06-30", true],
    ["fin de vie un 29 février", "2024-02-29", "2024-02-29", "2026-02-28", true],
    ["version sans fin de vie", "2030-01-01", null, "2030-01-01", false],
  ] as const)("%s", (_, fin, finDeVie, attendu, prolongee) => {
    expect(finEffective(fin, finDeVie)).toEqual({ fin: attendu, prolongee });
  });

  test("la durée de prolongation vient de la politique (24 mois)", () => {
    expect(PROLONGATION.habilitationMonths).toBe(24);
    expect(finEffective(FDV, FDV, 12).fin).toBe("2025-06-30");
  });
});

describe("éligibilité d'un juré à une session (R4)", () => {
  test.each([
    ["dernier jour d'une période", base({ periodes: [{ debut: "2020-01-01", fin: "2022-12-31" }], session: on("2022-12-31") }), []],
    ["session qui déborde le dernier jour d'une période", base({ periodes: [{ debut: "2020-01-01", fin: "2022-12-31" }], session: on("2022-12-30", "2023-01-02") }), ["habilitation_incomplete"]],
    ["lendemain du dernier jour d'une période", base({ periodes: [{ debut: "2020-01-01", fin: "2022-12-31" }], session: on("2023-01-01") }), ["habilitation_incomplete"]],
    ["session avant le début de la période", base({ session: on("2019-12-31", "2020-01-01") }), ["habilitation_incomplete"]],
    ["le jour de la fin de vie", base({ session: on(FDV) }), []],
    ["le lendemain de la fin de vie (prolongation)", base({ session: on("2024-07-01") }), []],
    ["fin de vie + 24 mois", base({ session: on("2026-06-30") }), []],
    ["le lendemain de fin de vie + 24 mois", base({ session: on("2026-07-01") }), ["habilitation_incomplete"]],
    ["session à cheval sur la fin de la prolongation", base({ session: on("2026-06-29", "2026-07-01") }), ["habilitation_incomplete"]],
    ["pas de prolongation pour une période qui s'arrête avant la fin de vie", base({ periodes: [{ debut: "2020-01-01", fin: "2024-06-29" }], session: on("2024-07-01") }), ["habilitation_incomplete"]],
    ["29 février, fin de vie : prolongée jusqu'au 28 février", base({ finDeVie: "2024-02-29", periodes: [{ debut: "2020-01-01", fin: "2024-02-29" }], session: on("2026-02-28") }), []],
    ["29 février, fin de vie : pas le 1er mars", base({ finDeVie: "2024-02-29", periodes: [{ debut: "2020-01-01", fin: "2024-02-29" }], session: on("2026-03-01") }), ["habilitation_incomplete"]],
    ["période qui finit un 29 février hors fin de vie", base({ finDeVie: "2030-01-01", periodes: [{ debut: "2024-01-01", fin: "2028-02-29" }], session: on("2028-02-28", "2028-02-29") }), []],
    ["lendemain d'une période qui finit un 29 février", base({ finDeVie: "2030-01-01", periodes: [{ debut: "2024-01-01", fin: "2028-02-29" }], session: on("2028-03-01") }), ["habilitation_incomplete"]],
    ["aucune période pour cette version", base({ periodes: [] }), ["non_habilite"]],
  ] as const)("%s", (_, input, attendu) => {
    const result = checkEligibility(input);
    expect(result.reasons).toEqual(attendu);
    expect(result.eligible).toBe(attendu.length === 0);
  });

  const deuxPeriodes = [
    { debut: "2016-01-01", fin: "2018-12-31" },
    { debut: "2019-02-01", fin: "2023-12-31" },
  ];
  test.each([
    ["dans la première période", on("2018-12-30", "2018-12-31"), []],
    ["dans le trou entre les deux périodes", on("2019-01-15"), ["habilitation_incomplete"]],
    ["session qui enjambe le trou", on("2018-12-31", "2019-02-01"), ["habilitation_incomplete"]],
    ["premier jour de la seconde période", on("2019-02-01", "2019-02-03"), []],
  ] as const)("deux périodes et un trou : %s", (_, session, attendu) => {
    expect(checkEligibility(base({ periodes: deuxPeriodes, session })).reasons).toEqual(attendu);
  });

  test("deux périodes contiguës couvrent une session à cheval", () => {
    const periodes = [
      { debut: "2016-01-01", fin: "2018-12-31" },
      { debut: "2019-01-01", fin: "2023-12-31" },
    ];
    expect(checkEligibility(base({ periodes, session: on("2018-12-31", "2019-01-01") })).eligible).toBe(true);
  });

  test.each([
    ["lien terminé la veille de la session", { debut: "2015-01-01", fin: "2023-02-28" }, "c1", []],
    ["lien terminé le premier jour de la session", { debut: "2015-01-01", fin: "2023-03-01" }, "c1", ["lie_au_centre"]],
    ["lien sans date de fin", { debut: "2015-01-01", fin: null }, "c1", ["lie_au_centre"]],
    ["lien qui commence le dernier jour de la session", { debut: "2023-03-02", fin: null }, "c1", ["lie_au_centre"]],
    ["lien qui commence après la session", { debut: "2023-03-03", fin: null }, "c1", []],
    ["lien avec un autre centre", { debut: "2015-01-01", fin: null }, "c2", []],
  ] as const)("refuse un juré rattaché au centre de la session seulement si le lien est actif : %s", (_, dates, centreId, attendu) => {
    const result = checkEligibility(base({ liens: [{ centreId, type: "formateur", ...dates }] }));
    expect(result.reasons).toEqual(attendu);
    expect(result.liensActifs).toEqual(attendu.length ? ["formateur"] : []);
  });

  test.each([
    ["convocation le même jour", [{ debut: "2023-03-02", fin: "2023-03-02" }], ["deja_convoque"]],
    ["convocation qui recouvre la session", [{ debut: "2023-02-27", fin: "2023-03-05" }], ["deja_convoque"]],
    ["convocation la veille", [{ debut: "2023-02-27", fin: "2023-02-28" }], []],
    ["aucune convocation connue", undefined, []],
  ] as const)("déjà convoqué ailleurs : %s", (_, convocations, attendu) => {
    expect(checkEligibility(base({ convocations: convocations?.map((c) => ({ ...c })) })).reasons).toEqual(attendu);
  });

  test("toutes les raisons sont données, dans l'ordre", () => {
    const result = checkEligibility(
      base({ periodes: [], liens: [{ centreId: "c1", type: "salarie", debut: "2020-01-01", fin: null }], convocations: [{ debut: "2023-03-01", fin: "2023-03-01" }] }),
    );
    expect(result).toEqual({ eligible: false, reasons: ["non_habilite", "lie_au_centre", "deja_convoque"], finHabilitation: null, liensActifs: ["salarie"] });
  });

  test("les raisons se lisent en français", () => {
    const session = { debut: "2026-07-01", fin: "2026-07-02" };
    expect(reasonLabel("habilitation_incomplete", { finHabilitation: "2026-06-30", liensActifs: [], session })).toBe(
      "Habilitation valable jusqu'au 30/06/2026, avant le dernier jour de la session",
    );
    expect(reasonLabel("lie_au_centre", { finHabilitation: null, liensActifs: ["formateur", "salarie"], session })).toBe("Lié au centre de la session (formateur, salarié)");
  });
});

const competences = (over: Partial<Competences> = {}): Competences => ({
  dateDebutEmploi: "2010-01-01",
  dateDerniereOccupation: "2020-01-01",
  dateProfessionnalisation: "2020-06-01",
  ...over,
});

describe("critères d'habilitation", () => {
  test.each([
    ["tous les critères remplis", competences(), "2021-01-01", []],
    ["exactement 3 ans dans l'emploi", competences({ dateDebutEmploi: "2017-01-01" }), "2021-01-01", []],
    ["un jour de moins que 3 ans", competences({ dateDebutEmploi: "2017-01-02" }), "2021-01-01", ["anciennete"]],
    ["exactement 5 ans hors de l'emploi", competences(), "2025-01-01", []],
    ["5 ans et un jour hors de l'emploi", competences(), "2025-01-02", ["inactivite"]],
    ["entrée dans l'emploi un 29 février", competences({ dateDebutEmploi: "2016-02-29", dateDerniereOccupation: "2019-02-28" }), "2019-03-01", []],
    ["sans date de professionnalisation", competences({ dateProfessionnalisation: null }), "2021-01-01", ["professionnalisation"]],
    ["sans dates d'emploi", competences({ dateDebutEmploi: null }), "2021-01-01", ["anciennete"]],
    [
      "l'écran que les utilisateurs connaissent : professionnalisation à saisir",
      competences({ dateDebutEmploi: "1998-12-31", dateDerniereOccupation: "2015-11-18", dateProfessionnalisation: null }),
      "2015-11-18",
      ["professionnalisation"],
    ],
  ] as const)("%s", (_, values, debut, attendu) => {
    const result = checkCriteria(values, debut);
    expect(result.ok ? [] : result.unmet.map((u) => u.critere)).toEqual(attendu);
  });

  test("le refus dit pourquoi", () => {
    const result = checkCriteria(competences({ dateDebutEmploi: "2019-01-01" }), "2021-01-01");
    expect(result).toEqual({ ok: false, unmet: [{ critere: "anciennete", message: "Moins de 3 ans dans l'emploi (du 01/01/2019 au 01/01/2020)." }] });
  });
});

describe("écran des périodes d'habilitation", () => {
  test("une période qui atteint la fin de vie affiche sa fin prolongée, sans réécrire la fin enregistrée", () => {
    const status = habilitationStatus(
      [
        { id: "p2", debut: "2021-01-01", fin: FDV },
        { id: "p1", debut: "2015-11-18", fin: "2020-11-18" },
      ],
      FDV,
    );
    expect(status.periodes.map((p) => [p.id, p.fin, p.finProlongee])).toEqual([
      ["p1", "2020-11-18", null],
      ["p2", FDV, "2026-06-30"],
    ]);
    expect(status.finEnregistree).toBe(FDV);
    expect(status.finProlongee).toBe("2026-06-30");
    expect(prolongationText(status.finProlongee!)).toBe("prolongée jusqu'au 30/06/2026 (prolongation du titre)");
  });

  test("l'écran que les utilisateurs connaissent : habilité jusqu'au 18/11/2020, sans prolongation", () => {
    const status = habilitationStatus([{ id: "p", debut: "2015-11-18", fin: "2020-11-18" }], null);
    expect(status).toMatchObject({ finEnregistree: "2020-11-18", finProlongee: null });
  });

  test("sans période", () => {
    expect(habilitationStatus([], FDV)).toEqual({ periodes: [], finEnregistree: null, finProlongee: null });
  });
});

describe("dates d'une période d'habilitation", () => {
  test.each([
    ["période avant la fin de vie", { debut: "2020-01-01", fin: "2024-06-29" }, [], null],
    ["période jusqu'au jour de la fin de vie", { debut: "2020-01-01", fin: FDV }, [], null],
    ["période qui finit après la fin de vie", { debut: "2020-01-01", fin: "2024-07-01" }, [], "dateFin"],
    ["période qui chevauche une autre", { debut: "2018-06-01", fin: "2020-01-01" }, [{ debut: "2015-01-01", fin: "2018-06-01" }], "dateDebut"],
    ["période contiguë à une autre", { debut: "2018-06-02", fin: "2020-01-01" }, [{ debut: "2015-01-01", fin: "2018-06-01" }], null],
  ] as const)("%s", (_, periode, autres, champ) => {
    const result = checkPeriodeDates(periode, FDV, [...autres]);
    expect(result.ok ? null : result.field).toBe(champ);
  });

  test("une version sans fin de vie n'a pas de limite", () => {
    expect(checkPeriodeDates({ debut: "2020-01-01", fin: "2040-01-01" }, null, []).ok).toBe(true);
  });
});

describe("décision sur les critères à la création ou à l'extension d'une période", () => {
  const sansProfessionnalisation = competences({ dateProfessionnalisation: null });
  test("critères remplis : acceptée sans dérogation", () => {
    expect(decideCriteria(competences(), "2021-01-01", null)).toEqual({ ok: true, derogation: null });
  });
  test("critère manquant sans justification : refusée avec la raison", () => {
    const decision = decideCriteria(sansProfessionnalisation, "2021-01-01", null);
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.message).toContain("Date de professionnalisation à saisir");
  });
  test("critère manquant avec une justification : acceptée, avec une note visible", () => {
    expect(decideCriteria(sansProfessionnalisation, "2021-01-01", "Session d'information suivie, attestation en attente")).toEqual({
      ok: true,
      derogation: { motif: "Session d'information suivie, attestation en attente", criteres: ["professionnalisation"], note: "Habilitation par dérogation (date de professionnalisation)" },
    });
  });
});
