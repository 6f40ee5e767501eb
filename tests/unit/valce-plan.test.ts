import { describe, expect, test } from "vitest";
import { decodeImportFile } from "@/lib/import/decode";
import { parseValceText, VALCE_COLUMNS, type ValceLine } from "@/lib/agrements/valce/parse";
import { OUT_OF_SCOPE, planValceImport, summarizeValce, type ExistingAgrement, type ExistingCentre, type ImportScope } from "@/lib/agrements/valce/plan";
import { emptyContext, NATIONAL, OCCITANIE, readValceFixture, UD_GARD, VALCE_CP1252 } from "../fixtures/valce";

function sampleLines(): ValceLine[] {
  const decoded = decodeImportFile(readValceFixture(VALCE_CP1252));
  if (!decoded.ok) throw new Error(decoded.message);
  const parsed = parseValceText(decoded.text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.lines;
}

let n = 100;
const line = (l: Partial<ValceLine> = {}): ValceLine => {
  const blank = Object.fromEntries(VALCE_COLUMNS.map((c) => [c.key, ""])) as Record<(typeof VALCE_COLUMNS)[number]["key"], string>;
  return {
    ...blank,
    line: ++n,
    identifiant: `VALCE-T-${n}`,
    siret: "53060076600022",
    raisonSociale: "16 30 FORMATION",
    codeTitre: "TP-00391",
    dateVersion: "04/07/2023",
    adresse: "RUE DU 19 MARS 1962 IMMEUBLE LE 1",
    codePostal: "30200",
    commune: "BAGNOLS SUR CEZE",
    decision: "Acceptée",
    dateDecision: "05/10/2023",
    debutValidite: "15/10/2023",
    finValidite: "14/10/2028",
    ...l,
  };
};

const centre1630: ExistingCentre = {
  id: "c-1630",
  siret: "53060076600022",
  raisonSociale: "16 30 FORMATION",
  regionCode: "76",
  departementCode: "30",
  sites: [{ id: "s-bagnols", adresse: "Rue du 19 mars 1962 - Immeuble le 1", communeCode: "30028" }],
};
const existing = (a: Partial<ExistingAgrement> = {}): ExistingAgrement => ({
  id: "a-1",
  siteId: "s-bagnols",
  titreVersionId: "v-advf-2023",
  statut: "acceptee",
  dateDecision: "2023-10-05",
  validFrom: "2023-10-15",
  validTo: "2028-10-14",
  motif: null,
  centre: { siret: "53060076600022", regionCode: "76", departementCode: "30" },
  ...a,
});
const withCentre = (scope: ImportScope = OCCITANIE, agrements: [string, ExistingAgrement][] = []) =>
  emptyContext(scope, { centres: new Map([[centre1630.siret, centre1630]]), agrements: new Map(agrements) });

describe("simulation de l'import VALCE de l'exemple (agent de la DREETS Occitanie)", () => {
  const plan = planValceImport(sampleLines(), emptyContext(OCCITANIE));
  const byLine = new Map(plan.outcomes.map((o) => [o.line, o]));

  test.each([
    [2, "creation", "creation", "creation", "acceptee"],
    [3, "creation", "existant", "existant", "acceptee"],
    [4, "creation", "existant", "existant", "en_instruction"],
    [5, "creation", "creation", "creation", "refusee"],
    [6, "creation", "creation", "creation", "acceptee"],
    [14, "creation", "existant", "creation", "acceptee"],
  ] as const)("ligne %i : agrément %s, centre %s, site %s, statut %s", (l, action, centre, site, statut) => {
    expect(byLine.get(l)).toMatchObject({ action, centre, siteAction: site, statut, reasons: [] });
  });

  test.each([
    [7, "SIRET « 53060076600023 » : Ce SIRET n'est pas valide (clé de contrôle) : vérifiez sa saisie."],
    [8, "Version inconnue : TP-00391 n'a pas de version datée du 01/01/2019 (versions connues : 16/03/2011, 04/07/2023)."],
    [9, "Fin de validité (31/01/2027) postérieure à la fin de vie de la version (31/12/2024) : un agrément ne peut pas aller au-delà."],
    [10, "Date de décision « 31/02/2023 » invalide (attendu : JJ/MM/AAAA)."],
    [11, "Identifiant VALCE en double dans le fichier (lignes 11, 12) : aucune de ces lignes n'est importée."],
    [12, "Identifiant VALCE en double dans le fichier (lignes 11, 12) : aucune de ces lignes n'est importée."],
    [13, OUT_OF_SCOPE],
    [15, "Commune « ALÈS » introuvable pour le code postal 30200 (communes de ce code postal : Bagnols-sur-Cèze, Sabran)."],
  ])("ligne %i rejetée : %s", (l, reason) => {
    expect(byLine.get(l)).toMatchObject({ action: "rejet", centre: null, siteAction: null });
    expect(byLine.get(l)!.reasons).toEqual([reason]);
  });

  test("R8 : « Acceptée » l'emporte sur l'état VALCE « En cours d'instruction », avec un avertissement", () => {
    expect(byLine.get(2)!.warnings).toEqual(["État VALCE « En cours d'instruction » sans effet : la décision « Acceptée » fait foi et l'agrément est accepté (R8)."]);
    expect(plan.agrements.find((a) => a.legacyRef === "VALCE-2019-00412")!.values.statut).toBe("acceptee");
    expect(byLine.get(6)!.warnings[0]).toContain("État VALCE « Validée DREETS » sans effet");
  });

  test("trois centres, quatre sites, six agréments à écrire, la source et la référence VALCE gardées", () => {
    expect(summarizeValce(plan)).toEqual({ lignes: 14, creations: 6, misesAJour: 0, inchangees: 0, rejets: 8, centresCrees: 3, sitesCrees: 4 });
    expect(plan.centres.map((c) => [c.values.siret, c.values.communeNom, c.values.departementCode, c.values.regionCode])).toEqual([
      ["53060076600022", "Bagnols-sur-Cèze", "30", "76"],
      ["81427395900019", "Montpellier", "34", "76"],
      ["79015862000027", "Alès", "30", "76"],
    ]);
    expect(plan.sites.map((s) => s.values.communeCode)).toEqual(["30028", "34172", "30007", "30202"]);
    expect(plan.agrements.map((a) => a.legacyRef)).toEqual(["VALCE-2019-00412", "VALCE-2023-01187", "VALCE-2024-00033", "VALCE-2022-00871", "VALCE-2021-00554", "VALCE-2024-00118"]);
    expect(plan.agrements.find((a) => a.legacyRef === "VALCE-2022-00871")!.values).toEqual({ statut: "refusee", dateDecision: "2022-03-18", validFrom: null, validTo: null, motif: "Plateau technique incomplet (poste de paie absent)" });
  });

  test("un agent national importe aussi la ligne lyonnaise ; un agent de l'UD du Gard rejette toutes les lignes de Montpellier et Lyon", () => {
    const national = planValceImport(sampleLines(), emptyContext(NATIONAL));
    expect(national.outcomes.find((o) => o.line === 13)).toMatchObject({ action: "creation", centre: "creation" });
    expect(national.centres.find((c) => c.key === "84233617400011")!.values).toMatchObject({ communeCode: "69123", communeNom: "Lyon", regionCode: "84" });
    const ud = planValceImport(sampleLines(), emptyContext(UD_GARD));
    expect(ud.outcomes.filter((o) => o.reasons.includes(OUT_OF_SCOPE)).map((o) => o.line)).toEqual([5, 10, 12, 13]);
  });

  test("le condensé dépend du plan : même contexte, même condensé ; une fin de vie différente le change", () => {
    expect(planValceImport(sampleLines(), emptyContext(OCCITANIE)).digest).toBe(plan.digest);
    const other = emptyContext(OCCITANIE);
    other.versions.get("TP-00391")![0]!.finDeVie = "2027-12-31";
    const replanned = planValceImport(sampleLines(), other);
    expect(replanned.outcomes.find((o) => o.line === 9)!.action).toBe("creation");
    expect(replanned.digest).not.toBe(plan.digest);
  });
});

describe("règles de ligne de l'import VALCE", () => {
  test.each([
    [{ decision: "Favorable" }, "Décision « Favorable » inconnue (attendu : Acceptée, Refusée ou En cours d'instruction)."],
    [{ decision: "" }, "Décision absente."],
    [{ dateDecision: "" }, "Date de décision absente pour une décision « Acceptée »."],
    [{ finValidite: "" }, "Une décision acceptée doit indiquer son début et sa fin de validité."],
    [{ debutValidite: "15/10/2029" }, "Le début de validité (15/10/2029) est postérieur à la fin (14/10/2028)."],
    [{ codeTitre: "TP-391" }, "Version inconnue : code titre « TP-391 » invalide (attendu : TP- suivi de 5 chiffres)."],
    [{ codeTitre: "TP-99999" }, "Version inconnue : le titre TP-99999 n'est pas dans le référentiel des titres."],
    [{ dateVersion: "2023/07/04" }, "Date de version « 2023/07/04 » invalide (attendu : JJ/MM/AAAA)."],
    [{ identifiant: "" }, "Identifiant VALCE absent : l'agrément ne pourrait pas être retrouvé par un nouvel import."],
    [{ siret: "81427395900019", raisonSociale: "" }, "Raison sociale absente : le centre, inconnu de CERES, ne peut pas être créé."],
    [{ adresse: "" }, "Adresse du site absente."],
    [{ codePostal: "3020" }, "Code postal « 3020 » invalide (5 chiffres)."],
    [{ codePostal: "99999" }, "Code postal 99999 inconnu des communes actuelles couvertes par CERES (métropole et DROM) : la commune du site ne peut pas être déterminée."],
  ])("rejette %j", (changes, reason) => {
    const { outcomes, agrements, centres } = planValceImport([line(changes)], withCentre());
    expect(outcomes[0]!.action).toBe("rejet");
    expect(outcomes[0]!.reasons).toContain(reason);
    expect([agrements, centres]).toEqual([[], []]);
  });

  test("une ligne illisible (colonnes décalées) est rejetée avec la raison de la lecture", () => {
    const { outcomes } = planValceImport([line({ problem: "La ligne compte 15 colonnes au lieu de 14 : un point-virgule en trop ou manquant décale les valeurs." })], withCentre());
    expect(outcomes[0]!.reasons[0]).toContain("15 colonnes au lieu de 14");
  });

  test("le site du centre est retrouvé malgré la ponctuation ; une autre adresse crée un site", () => {
    const same = planValceImport([line({ adresse: "rue du 19 Mars 1962, immeuble Le 1" })], withCentre());
    expect(same.outcomes[0]).toMatchObject({ action: "creation", centre: "existant", siteAction: "existant" });
    expect(same.agrements[0]!.site).toEqual({ id: "s-bagnols" });
    const other = planValceImport([line({ adresse: "2 AVENUE LÉON BLUM" })], withCentre());
    expect(other.outcomes[0]!.siteAction).toBe("creation");
    expect(other.sites[0]).toMatchObject({ centre: { id: "c-1630" }, values: { adresse: "2 AVENUE LÉON BLUM", communeCode: "30028" } });
  });

  test("un agrément identique à celui de CERES est « inchangé » et rien n'est à écrire", () => {
    const plan = planValceImport([line({ identifiant: "VALCE-A" })], withCentre(OCCITANIE, [["VALCE-A", existing()]]));
    expect(plan.outcomes[0]).toMatchObject({ action: "inchange", changes: [] });
    expect([plan.agrements, plan.sites, plan.centres]).toEqual([[], [], []]);
  });

  test("un agrément en instruction dans CERES reçoit la décision du fichier ; une cellule vide garde la valeur", () => {
    const plan = planValceImport(
      [line({ identifiant: "VALCE-A", motif: "" })],
      withCentre(OCCITANIE, [["VALCE-A", existing({ statut: "en_instruction", dateDecision: null, validFrom: null, validTo: null, motif: "Dossier complet" })]]),
    );
    expect(plan.outcomes[0]!.action).toBe("mise_a_jour");
    expect(plan.outcomes[0]!.changes).toEqual(["Statut : En cours d'instruction → Acceptée", "Date de décision : — → 05/10/2023", "Début de validité : — → 15/10/2023", "Fin de validité : — → 14/10/2028"]);
    expect(plan.agrements[0]).toMatchObject({ id: "a-1", values: { statut: "acceptee", motif: "Dossier complet" }, before: { statut: "en_instruction", siteId: "s-bagnols" } });
  });

  test.each([
    [existing({ statut: "retiree" }), {}, "La décision enregistrée dans CERES (« Retirée ») diffère de celle du fichier (« Acceptée ») : un import ne remplace pas une décision prise."],
    [existing(), { decision: "Refusée" }, "La décision enregistrée dans CERES (« Acceptée ») diffère de celle du fichier (« Refusée ») : un import ne remplace pas une décision prise."],
    [existing({ titreVersionId: "v-advf-2011" }), {}, "Cet identifiant VALCE porte dans CERES sur une autre version du titre : un import ne le déplace pas."],
    [existing({ centre: { siret: "79015862000027", regionCode: "76", departementCode: "30" } }), {}, "Cet identifiant VALCE est déjà l'agrément d'un autre centre (SIRET 79015862000027) : un import ne le déplace pas."],
  ])("ne renverse pas un agrément de CERES (%#)", (stored, changes, reason) => {
    const plan = planValceImport([line({ identifiant: "VALCE-A", ...changes })], withCentre(OCCITANIE, [["VALCE-A", stored]]));
    expect(plan.outcomes[0]!.reasons).toEqual([reason]);
    expect(plan.agrements).toEqual([]);
  });

  test("hors périmètre, la ligne ne dit rien de ce que CERES sait du centre", () => {
    const lyon: ExistingCentre = { id: "c-lyon", siret: "84233617400011", raisonSociale: "NOM ENREGISTRÉ", regionCode: "84", departementCode: "69", sites: [] };
    const ctx = emptyContext(OCCITANIE, { centres: new Map([[lyon.siret, lyon]]) });
    const plan = planValceImport([line({ siret: "84233617400011", raisonSociale: "NOM DU FICHIER" })], ctx);
    expect(plan.outcomes[0]).toMatchObject({ action: "rejet", raisonSociale: "NOM DU FICHIER", reasons: [OUT_OF_SCOPE], warnings: [] });
  });

  test("un agrément existant d'un centre hors périmètre est refusé même si la ligne désigne un site de la région", () => {
    const ctx = withCentre(OCCITANIE, [["VALCE-A", existing({ centre: { siret: "84233617400011", regionCode: "84", departementCode: "69" } })]]);
    expect(planValceImport([line({ identifiant: "VALCE-A" })], ctx).outcomes[0]!.reasons).toEqual([OUT_OF_SCOPE]);
  });

  test.each([
    ["un centre de CERES situé dans une autre région", () => emptyContext(OCCITANIE, { centres: new Map([["84233617400011", { id: "c-lyon", siret: "84233617400011", raisonSociale: "ØRSTED FORMATION", regionCode: "84", departementCode: "69", sites: [] }]]) }), line({ siret: "84233617400011" })],
    ["un centre inconnu dont la commune est hors de la région", () => emptyContext(OCCITANIE), line({ siret: "84233617400011", codePostal: "69001", commune: "LYON" })],
    ["un agrément de CERES d'un centre d'une autre région", () => withCentre(OCCITANIE, [["VALCE-A", existing({ centre: { siret: "84233617400011", regionCode: "84", departementCode: "69" } })]]), line({ identifiant: "VALCE-A" })],
  ])("hors périmètre, le message est neutre et ne révèle rien : %s", (_label, ctx, l) => {
    const [outcome] = planValceImport([l], ctx()).outcomes;
    expect(outcome!.reasons).toEqual(["Centre inconnu ou hors de votre périmètre : seuls les centres de votre région (ou de votre département) peuvent être importés par vous."]);
    expect(outcome!.reasons.join(" ")).not.toMatch(/existe|autre région|SIRET|ØRSTED/);
  });

  // The territory is the one of lib/auth/scope.ts (isInTerritory): département for a UD, région for a DREETS.
  const AUVERGNE_RHONE_ALPES: ImportScope = { id: "u-dreets-84", email: "dreets-84@test.gouv.fr", prenom: "Aurélie", nom: "LYONNAISE", role: "regional", regionCode: "84", departementCode: null };
  const UD_HERAULT: ImportScope = { id: "u-ud-34", email: "ud-34@test.gouv.fr", prenom: "Hervé", nom: "HÉRAULTAIS", role: "regional", regionCode: "76", departementCode: "34" };
  const CENTRE: ImportScope = { id: "u-centre", email: "centre@test.fr", prenom: "Camille", nom: "FORMATRICE", role: "centre", centreId: "c-1630" };
  test.each([
    ["l'UD du Gard, centre du Gard", UD_GARD, true],
    ["l'UD de l'Hérault, centre du Gard (même région)", UD_HERAULT, false],
    ["la DREETS Occitanie, centre du Gard", OCCITANIE, true],
    ["la DREETS Auvergne-Rhône-Alpes, centre du Gard", AUVERGNE_RHONE_ALPES, false],
    ["le national, centre du Gard", NATIONAL, true],
    ["un compte de centre (jamais importateur)", CENTRE, false],
  ] as const)("périmètre de %s → importée : %s", (_label, scope, importee) => {
    const [outcome] = planValceImport([line({ identifiant: "VALCE-P" })], withCentre(scope)).outcomes;
    expect(outcome!.reasons.includes(OUT_OF_SCOPE)).toBe(!importee);
    expect(outcome!.action === "rejet").toBe(!importee);
  });

  test("refus : les dates de validité sont ignorées ; instruction : la date de décision est ignorée", () => {
    const refus = planValceImport([line({ decision: "Refusée" })], withCentre());
    expect(refus.agrements[0]!.values).toMatchObject({ statut: "refusee", validFrom: null, validTo: null });
    expect(refus.outcomes[0]!.warnings).toEqual(["Dates de validité ignorées : la demande a été refusée."]);
    const instruction = planValceImport([line({ decision: "En cours d'instruction", debutValidite: "", finValidite: "" })], withCentre());
    expect(instruction.agrements[0]!.values).toMatchObject({ statut: "en_instruction", dateDecision: null });
  });

  test("une raison sociale différente est signalée sans modifier le centre", () => {
    const plan = planValceImport([line({ raisonSociale: "SEIZE TRENTE FORMATION" })], withCentre());
    expect(plan.outcomes[0]!.warnings).toEqual(["Raison sociale du fichier (« SEIZE TRENTE FORMATION ») différente de celle du centre (« 16 30 FORMATION ») : le centre n'est pas modifié."]);
    expect(plan.centres).toEqual([]);
  });

  test("un centre à créer refusé sur sa première ligne est créé par la suivante", () => {
    const plan = planValceImport(
      [line({ siret: "81427395900019", raisonSociale: "ATELIER", codePostal: "34000", commune: "Montpellier", decision: "?" }), line({ siret: "81427395900019", raisonSociale: "ATELIER", codePostal: "34000", commune: "Montpellier" })],
      emptyContext(OCCITANIE),
    );
    expect(plan.outcomes.map((o) => [o.action, o.centre])).toEqual([["rejet", null], ["creation", "creation"]]);
    expect(plan.centres).toHaveLength(1);
  });
});
