import { describe, expect, test } from "vitest";
import { parseTitresFile, TITRES_COLUMNS, type TitreLine } from "@/lib/titres/import/parse";
import { planTitresImport, summarize, type ExistingTitre } from "@/lib/titres/import/plan";

const NSF = new Set(["330t", "326t", "232s"]);
let n = 1;
const line = (l: Partial<TitreLine>): TitreLine => ({
  line: ++n,
  code_tp: "TP-00391",
  millesime: "07",
  intitule: "Assistant(e) de vie aux familles",
  sigle: "ADVF",
  niveau: "3",
  rncp: "RNCP37715",
  nsf: "330t",
  date_version: "2023-07-04",
  date_fin_enregistrement: "",
  ccp: "",
  ...l,
});
const existingAdvf: ExistingTitre = {
  id: "t1",
  code: "TP-00391",
  intitule: "Assistant(e) de vie aux familles",
  sigle: "ADVF",
  versions: [{ id: "v1", millesime: "07", dateVersion: "2023-07-04", niveau: 3, rncp: "RNCP37715", nsfCode: "330t", finDeVie: null, ccps: ["A", "B"] }],
};
const plan = (lines: TitreLine[], existing: ExistingTitre[] = []) =>
  planTitresImport(lines, new Map(existing.map((t) => [t.code, t])), NSF);

describe("simulation d'un import de titres", () => {
  test("un nouveau titre à deux versions : deux créations, le titre annoncé une fois", () => {
    const { outcomes, operations } = plan([line({}), line({ millesime: "", date_version: "2011-03-16", rncp: "", ccp: "X|Y|Z" })]);
    expect(outcomes.map((o) => o.action)).toEqual(["creation", "creation"]);
    expect(outcomes[0]!.changes).toContain("Nouveau titre « Assistant(e) de vie aux familles »");
    expect(outcomes[1]!.changes).toEqual(["Nouvelle version avec 3 CCP"]);
    expect(outcomes[1]!.version).toBe("version du 16/03/2011");
    expect(operations).toHaveLength(2);
  });

  test.each([
    [{ code_tp: "" }, "Code TP absent : un titre ne peut pas être créé sans son code officiel."],
    [{ code_tp: "TP-391" }, "Code TP « TP-391 » invalide (attendu : TP- suivi de 5 chiffres)."],
    [{ intitule: "" }, "Intitulé absent."],
    [{ nsf: "999z" }, "Code NSF « 999z » inconnu de la nomenclature."],
    [{ millesime: "", date_version: "" }, "Ni millésime ni date de version : la version ne peut pas être identifiée."],
    [{ date_version: "04/07/2023" }, "Date de version « 04/07/2023 » invalide (AAAA-MM-JJ)."],
    [{ date_version: "2023-02-30" }, "Date de version « 2023-02-30 » invalide (AAAA-MM-JJ)."],
    [{ niveau: "9" }, "Niveau « 9 » invalide (3 à 7)."],
    [{ rncp: "37715" }, "Numéro RNCP « 37715 » invalide (RNCP suivi de chiffres)."],
    [{ date_fin_enregistrement: "2023-07-04" }, "La fin de vie doit être postérieure à la date de la version."],
  ])("rejette %j", (changes, reason) => {
    const { outcomes, operations } = plan([line(changes)]);
    expect(outcomes[0]).toMatchObject({ action: "rejet" });
    expect(outcomes[0]!.reasons).toContain(reason);
    expect(operations).toEqual([]);
  });

  test("rejette une ligne en double et un intitulé contradictoire", () => {
    const first = line({});
    const { outcomes } = plan([first, line({}), line({ millesime: "08", intitule: "Autre intitulé" })]);
    expect(outcomes.map((o) => o.action)).toEqual(["creation", "rejet", "rejet"]);
    expect(outcomes[1]!.reasons).toEqual([`Même titre et même version que la ligne ${first.line}.`]);
    expect(outcomes[2]!.reasons).toEqual([`Intitulé différent de celui de la ligne ${first.line} pour le même code.`]);
  });

  test("NSF absent : la ligne passe avec un avertissement", () => {
    const { outcomes } = plan([line({ nsf: "" })]);
    expect(outcomes[0]).toMatchObject({ action: "creation", warnings: ["NSF absent : le parchemin de cette version n'imprimerait aucun code NSF."] });
  });

  test("« 334 T » s'écrit 334t, un millésime « 7 » s'écrit 07", () => {
    const { outcomes, operations } = plan([line({ nsf: "330 T", millesime: "7" })], [existingAdvf]);
    expect(outcomes[0]!.action).toBe("inchange");
    expect(operations).toEqual([]);
  });

  test("une cellule vide garde la valeur enregistrée ; une valeur nouvelle est une mise à jour", () => {
    const unchanged = plan([line({ rncp: "", nsf: "", niveau: "" })], [existingAdvf]);
    expect(unchanged.outcomes[0]!.action).toBe("inchange");
    const updated = plan([line({ date_fin_enregistrement: "2028-07-03", ccp: "A|B|C" })], [existingAdvf]);
    expect(updated.outcomes[0]).toMatchObject({ action: "mise_a_jour", changes: ["fin de vie : vide → 2028-07-03", "CCP : 2 CCP → 3 CCP"] });
    expect(updated.operations[0]!.version).toMatchObject({ id: "v1", ccpsChanged: true });
  });

  test("l'empreinte change quand le résultat de la simulation change", () => {
    const a = plan([line({})]);
    const b = plan([line({})], [existingAdvf]);
    expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(a.digest).not.toBe(b.digest);
    expect(summarize(b.outcomes)).toEqual({ creations: 0, misesAJour: 0, inchangees: 1, rejets: 0, total: 1 });
  });
});

describe("lecture du fichier importé", () => {
  const header = TITRES_COLUMNS.join(",");
  const encode = (text: string) => new TextEncoder().encode(text);

  test("lit les lignes d'un fichier valide, BOM compris", () => {
    const parsed = parseTitresFile(encode(`\uFEFF${header}\nTP-00391,07,"Assistant(e), de vie",ADVF,3,RNCP37715,330t,2023-07-04,,A|B\n`));
    expect(parsed).toMatchObject({ ok: true, lines: [{ line: 2, code_tp: "TP-00391", intitule: "Assistant(e), de vie", ccp: "A|B" }] });
  });

  test.each([
    ["un fichier vide", new Uint8Array(), "Le fichier est vide."],
    ["un en-tête seul", encode(`${header}\n`), "Le fichier ne contient aucune ligne de titre après l'en-tête."],
    ["un fichier Windows-1252", Uint8Array.from([...encode(`${header}\nTP-00391,07,Assistant de vie aux familles,,3,,,2023-07-04,,Pr`), 0xe9, 0x0a]), "Le fichier n'est pas encodé en UTF-8. Enregistrez-le en « CSV UTF-8 » puis recommencez."],
    ["un fichier binaire", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV."],
  ])("refuse %s", (_title, bytes, message) => {
    expect(parseTitresFile(bytes)).toEqual({ ok: false, message });
  });

  test("refuse des colonnes manquantes en les nommant", () => {
    const parsed = parseTitresFile(encode("code,nom\nTP-00391,ADVF\n"));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain("Colonnes manquantes : code_tp, millesime");
  });

  test("refuse un CSV mal formé", () => {
    const parsed = parseTitresFile(encode(`${header}\nTP-00391,07,"non fermé,ADVF,3,,,,,\n`));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain("Le fichier n'est pas un CSV lisible");
  });
});
