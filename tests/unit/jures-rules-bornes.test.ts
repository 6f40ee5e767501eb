import { describe, expect, test } from "vitest";
import { checkCriteria, dayAfter, type Competences } from "@/lib/jures/criteria";
import { civiliteNomPrenoms, mentionNaissance, nomPrenoms } from "@/lib/jures/display";
import { checkEligibility, eachDay, finEffective, reasonLabel, type EligibilityInput } from "@/lib/jures/eligibility";
import { habilitationStatus } from "@/lib/jures/habilitation-status";
import { checkPeriodeDates, decideCriteria } from "@/lib/jures/periode-rules";

const FDV = "2024-06-30";
const base = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  session: { debut: "2023-03-01", fin: "2023-03-03", centreId: "c1" },
  finDeVie: FDV,
  periodes: [{ debut: "2020-01-01", fin: FDV }],
  liens: [],
  ...over,
});

describe("R3 : fin effective, bornes", () => {
  test.each([
    ["période qui finit la veille de la fin de vie", "2024-06-29", 24, { fin: "2024-06-29", prolongee: false }],
    ["prolongation nulle : la fin de vie, sans mention de prolongation", FDV, 0, { fin: FDV, prolongee: false }],
    ["prolongation de 24 mois", FDV, 24, { fin: "2026-06-30", prolongee: true }],
  ] as const)("%s", (_cas, fin, months, attendu) => {
    expect(finEffective(fin, FDV, months)).toEqual(attendu);
  });

  test("la durée de prolongation de l'entrée remplace celle de la politique", () => {
    expect(checkEligibility(base({ prolongationMonths: 12, session: { debut: "2025-06-30", fin: "2025-06-30", centreId: "c1" } })).eligible).toBe(true);
    expect(checkEligibility(base({ prolongationMonths: 12, session: { debut: "2025-07-01", fin: "2025-07-01", centreId: "c1" } })).reasons).toEqual(["habilitation_incomplete"]);
  });
});

describe("R4 : jours d'une session", () => {
  test.each([
    [{ debut: "2028-02-28", fin: "2028-03-01" }, ["2028-02-28", "2028-02-29", "2028-03-01"]],
    [{ debut: "2026-12-31", fin: "2027-01-01" }, ["2026-12-31", "2027-01-01"]],
    [{ debut: "2026-10-25", fin: "2026-10-25" }, ["2026-10-25"]],
  ])("%j", (range, days) => {
    expect(eachDay(range)).toEqual(days);
  });

  test("une période inversée est une erreur de programmation", () => {
    expect(() => eachDay({ debut: "2026-03-02", fin: "2026-03-01" })).toThrow("Période inversée : 2026-03-02 > 2026-03-01");
  });
});

describe("R4 : liens, convocations et fin d'habilitation", () => {
  test("les liens actifs sont donnés une fois chacun, dans l'ordre alphabétique", () => {
    const liens = [
      { centreId: "c1", type: "salarie", debut: "2015-01-01", fin: null },
      { centreId: "c1", type: "formateur", debut: "2016-01-01", fin: null },
      { centreId: "c1", type: "salarie", debut: "2010-01-01", fin: null },
      { centreId: "c2", type: "autre", debut: "2010-01-01", fin: null },
    ];
    expect(checkEligibility(base({ liens })).liensActifs).toEqual(["formateur", "salarie"]);
  });

  test.each([
    ["convocation qui finit le premier jour de la session", { debut: "2023-02-27", fin: "2023-03-01" }, ["deja_convoque"]],
    ["convocation qui commence le dernier jour", { debut: "2023-03-03", fin: "2023-03-04" }, ["deja_convoque"]],
    ["convocation le lendemain", { debut: "2023-03-04", fin: "2023-03-04" }, []],
  ] as const)("%s", (_cas, convocation, attendu) => {
    expect(checkEligibility(base({ convocations: [{ ...convocation }] })).reasons).toEqual(attendu);
  });

  test("la fin d'habilitation est la plus tardive des périodes, quel que soit leur ordre", () => {
    const periodes = [
      { debut: "2021-01-01", fin: "2022-12-31" },
      { debut: "2016-01-01", fin: "2018-12-31" },
      { debut: "2019-01-01", fin: "2020-12-31" },
    ];
    expect(checkEligibility(base({ periodes, finDeVie: null })).finHabilitation).toBe("2022-12-31");
  });
});

describe("R4 : phrases de la liste", () => {
  const session = { debut: "2026-07-01", fin: "2026-07-02" };
  test.each([
    ["non_habilite", null, [], "Non habilité pour cette version du titre"],
    ["habilitation_incomplete", null, [], "Habilitation qui ne couvre pas tous les jours de la session"],
    ["habilitation_incomplete", "2026-07-02", [], "Habilitation qui ne couvre pas tous les jours de la session"],
    ["habilitation_incomplete", "2026-07-01", [], "Habilitation valable jusqu'au 01/07/2026, avant le dernier jour de la session"],
    ["lie_au_centre", null, ["autre", "tuteur"], "Lié au centre de la session (autre lien, tuteur)"],
    ["deja_convoque", null, [], "Déjà convoqué à une autre session sur ces dates"],
  ] as const)("%s (fin %s)", (reason, finHabilitation, liensActifs, attendu) => {
    expect(reasonLabel(reason, { finHabilitation, liensActifs: [...liensActifs], session })).toBe(attendu);
  });
});

const competences = (over: Partial<Competences> = {}): Competences => ({
  dateDebutEmploi: "2010-01-01",
  dateDerniereOccupation: "2020-01-01",
  dateProfessionnalisation: "2020-06-01",
  ...over,
});

describe("critères d'habilitation : messages", () => {
  test("sans date de dernière occupation, l'ancienneté ne peut pas être vérifiée", () => {
    expect(checkCriteria(competences({ dateDerniereOccupation: null }), "2021-01-01")).toEqual({
      ok: false,
      unmet: [{ critere: "anciennete", message: "Dates d'emploi à saisir : la durée dans l'emploi ne peut pas être vérifiée." }],
    });
  });

  test("plus de 5 ans hors de l'emploi, sans professionnalisation : les deux raisons", () => {
    expect(checkCriteria(competences({ dateProfessionnalisation: null }), "2025-01-02")).toEqual({
      ok: false,
      unmet: [
        { critere: "inactivite", message: "Plus de 5 ans hors de l'emploi au 02/01/2025 (dernière occupation connue le 01/01/2020)." },
        { critere: "professionnalisation", message: "Date de professionnalisation à saisir (session d'information des membres de jury)." },
      ],
    });
  });

  test.each([
    ["2028-02-28", "2028-02-29"],
    ["2028-02-29", "2028-03-01"],
    ["2026-12-31", "2027-01-01"],
  ])("le lendemain du %s est le %s", (date, attendu) => {
    expect(dayAfter(date)).toBe(attendu);
  });
});

describe("dates d'une période : bornes et messages", () => {
  const autre = { debut: "2015-01-01", fin: "2018-06-01" };
  test.each([
    ["finit le premier jour de l'autre", { debut: "2014-01-01", fin: "2015-01-01" }, false],
    ["finit la veille de l'autre", { debut: "2014-01-01", fin: "2014-12-31" }, true],
    ["commence le dernier jour de l'autre", { debut: "2018-06-01", fin: "2019-01-01" }, false],
    ["englobe l'autre", { debut: "2014-01-01", fin: "2019-01-01" }, false],
  ] as const)("%s", (_cas, periode, ok) => {
    expect(checkPeriodeDates(periode, null, [autre]).ok).toBe(ok);
  });

  test("les messages disent la fin de vie et la période chevauchée", () => {
    expect(checkPeriodeDates({ debut: "2020-01-01", fin: "2024-07-01" }, FDV, [])).toEqual({
      ok: false,
      field: "dateFin",
      message: "Une période d'habilitation ne peut pas finir après la fin de vie de la version du titre (30/06/2024).",
    });
    expect(checkPeriodeDates({ debut: "2018-01-01", fin: "2019-01-01" }, FDV, [autre])).toEqual({
      ok: false,
      field: "dateDebut",
      message: "Cette période chevauche la période du 01/01/2015 au 01/06/2018.",
    });
  });

  test("refus des critères sans justification : le message complet", () => {
    expect(decideCriteria(competences({ dateDebutEmploi: "2019-01-01", dateProfessionnalisation: null }), "2021-01-01", "")).toEqual({
      ok: false,
      field: "derogation",
      message:
        "Les critères d'habilitation ne sont pas remplis : Moins de 3 ans dans l'emploi (du 01/01/2019 au 01/01/2020). Date de professionnalisation à saisir (session d'information des membres de jury). Complétez les compétences, ou habilitez par dérogation en écrivant la justification.",
    });
  });

  test("dérogation sur deux critères : la note les nomme tous les deux", () => {
    const decision = decideCriteria(competences({ dateDebutEmploi: "2019-01-01", dateProfessionnalisation: null }), "2021-01-01", "Ancienne formatrice, attestation à venir");
    expect(decision).toEqual({
      ok: true,
      derogation: {
        motif: "Ancienne formatrice, attestation à venir",
        criteres: ["anciennete", "professionnalisation"],
        note: "Habilitation par dérogation (au moins 3 ans dans l'emploi, date de professionnalisation)",
      },
    });
  });
});

describe("écran des périodes : ordre et dérogations", () => {
  test("périodes triées par début, la dernière fin enregistrée retenue, dérogation montrée", () => {
    const status = habilitationStatus(
      [
        { id: "p3", debut: "2022-01-01", fin: FDV, derogationMotif: "Attestation en attente", derogationCriteres: ["professionnalisation"] },
        { id: "p1", debut: "2012-01-01", fin: "2015-12-31" },
        { id: "p2", debut: "2016-01-01", fin: "2021-12-31" },
      ],
      FDV,
    );
    expect(status.periodes.map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
    expect(status.periodes[2]).toEqual({ id: "p3", debut: "2022-01-01", fin: FDV, finProlongee: "2026-06-30", derogationMotif: "Attestation en attente", derogationCriteres: ["professionnalisation"] });
    expect(status.periodes[0]).toMatchObject({ derogationMotif: null, derogationCriteres: null });
    expect(status).toMatchObject({ finEnregistree: FDV, finProlongee: "2026-06-30" });
  });

  test("la plus tardive des fins, même si la période la plus récente n'est pas la dernière de la liste", () => {
    const status = habilitationStatus(
      [
        { id: "p1", debut: "2012-01-01", fin: "2023-12-31" },
        { id: "p0", debut: "2010-01-01", fin: "2011-12-31" },
      ],
      FDV,
    );
    expect(status.finEnregistree).toBe("2023-12-31");
  });

  test("sans prolongation (0 mois), pas de fin prolongée", () => {
    expect(habilitationStatus([{ id: "p", debut: "2020-01-01", fin: FDV }], FDV, 0).finProlongee).toBeNull();
  });
});

describe("nom d'un juré", () => {
  test.each([
    [{ civilite: "Madame", nomNaissance: "FONTAINE", nomUsage: "DURAND", prenoms: "Martine" }, "DURAND Martine", "née FONTAINE", "Madame DURAND Martine"],
    [{ civilite: "Monsieur", nomNaissance: "NGUYỄN", nomUsage: "ØRSTED", prenoms: "Văn An" }, "ØRSTED Văn An", "né NGUYỄN", "Monsieur ØRSTED Văn An"],
    [{ civilite: "Madame", nomNaissance: "LAMBERT", nomUsage: null, prenoms: "Sylvie" }, "LAMBERT Sylvie", null, "Madame LAMBERT Sylvie"],
    [{ civilite: "Madame", nomNaissance: "LAMBERT", nomUsage: "LAMBERT", prenoms: "Sylvie" }, "LAMBERT Sylvie", null, "Madame LAMBERT Sylvie"],
  ])("%j", (jure, nom, mention, complet) => {
    expect([nomPrenoms(jure), mentionNaissance(jure), civiliteNomPrenoms(jure)]).toEqual([nom, mention, complet]);
  });
});
