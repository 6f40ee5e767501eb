import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseTitresFile, type TitreLine } from "@/lib/titres/import/parse";
import { planTitresImport, summarize, type ExistingTitre } from "@/lib/titres/import/plan";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/titres", name)));
const NSF = new Set(["330t", "334t", "326t", "324t"]);

function lines(name: string): TitreLine[] {
  const parsed = parseTitresFile(fixture(name));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.lines;
}

const advf: ExistingTitre = {
  id: "t-advf",
  code: "TP-00391",
  intitule: "Assistant(e) de vie aux familles",
  sigle: "ADVF",
  versions: [
    { id: "v-07", millesime: "07", dateVersion: "2023-07-04", niveau: 3, rncp: "RNCP37715", nsfCode: "330t", finDeVie: null, ccps: [] },
    { id: "v-2011", millesime: null, dateVersion: "2011-03-16", niveau: 3, rncp: null, nsfCode: "330t", finDeVie: null, ccps: ["Accompagner", "Relayer", "Assister"] },
  ],
};

function line(values: Partial<TitreLine>, n = 2): TitreLine {
  return {
    line: n,
    code_tp: "TP-00391",
    millesime: "",
    intitule: "Assistant(e) de vie aux familles",
    sigle: "ADVF",
    niveau: "",
    rncp: "",
    nsf: "",
    date_version: "",
    date_fin_enregistrement: "",
    ccp: "",
    ...values,
  };
}

describe("lecture du fichier", () => {
  test.each([
    ["vide.csv", "Le fichier est vide."],
    ["windows-1252.csv", "Le fichier n'est pas encodé en UTF-8. Enregistrez-le en « CSV UTF-8 » puis recommencez."],
    ["classeur-excel.csv", "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV."],
    ["point-virgule.csv", "Le fichier utilise le point-virgule comme séparateur : enregistrez-le en « CSV UTF-8 » avec des virgules."],
    ["colonnes-incorrectes.csv", "Colonnes manquantes : code_tp, millesime, intitule"],
  ])("%s est refusé avec un message clair", (name, message) => {
    const parsed = parseTitresFile(fixture(name));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });

  test("un fichier UTF-16 est reconnu comme tel", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("code_tp,intitule\n", "utf16le")]);
    expect(parseTitresFile(utf16)).toEqual({ ok: false, message: "Le fichier est encodé en UTF-16. Enregistrez-le en « CSV UTF-8 » puis recommencez." });
  });

  test("une ligne au nombre de colonnes faux rend le fichier illisible, avec le numéro de ligne", () => {
    const text = `code_tp,millesime,intitule,sigle,niveau,rncp,nsf,date_version,date_fin_enregistrement,ccp\nTP-00391,07,"ADVF\n`;
    const parsed = parseTitresFile(new TextEncoder().encode(text));
    expect(!parsed.ok && parsed.message).toMatch(/^Le fichier n'est pas un CSV lisible/);
  });

  test("le fichier de référence et l'en-tête avec BOM sont lus, les colonnes en plus ignorées", () => {
    const parsed = parseTitresFile(new Uint8Array([0xef, 0xbb, 0xbf, ...fixture("mise-a-jour.csv")]));
    expect(parsed.ok && parsed.lines.map((l) => [l.line, l.code_tp, l.millesime])).toEqual([
      [2, "TP-00391", "07"],
      [3, "TP-01280", "03"],
      [4, "TP-00208", "08"],
      [5, "TP-01281", "04"],
    ]);
    expect(parsed.ok && parsed.lines[0]).not.toHaveProperty("source");
  });
});

describe("simulation ligne par ligne", () => {
  test("rejette NSF inconnu, doublon, date invalide et code manquant, en disant pourquoi", () => {
    const plan = planTitresImport([...lines("nsf-inconnu.csv"), ...lines("date-invalide.csv").map((l) => ({ ...l, line: l.line + 10 }))], new Map(), NSF);
    expect(plan.outcomes.map((o) => [o.line, o.action, o.reasons])).toEqual([
      [2, "rejet", ["Code NSF « 999z » inconnu de la nomenclature."]],
      [3, "creation", []],
      [12, "rejet", ["Date de version « 07/11/2012 » invalide (AAAA-MM-JJ)."]],
      [13, "rejet", ["Date de fin de vie « 2017-02-30 » invalide (AAAA-MM-JJ)."]],
    ]);
    expect(plan.operations[0]!.version.values.nsfCode).toBe("334t");
    expect(planTitresImport(lines("ligne-en-double.csv"), new Map(), NSF).outcomes[1]!.reasons).toEqual(["Même titre et même version que la ligne 2."]);
    expect(planTitresImport(lines("code-manquant.csv"), new Map(), NSF).outcomes.map((o) => o.reasons[0])).toEqual([
      "Code TP absent : un titre ne peut pas être créé sans son code officiel.",
      "Code TP « TP-1280 » invalide (attendu : TP- suivi de 5 chiffres).",
    ]);
  });

  test("une cellule vide garde la valeur enregistrée ; une ligne identique est inchangée", () => {
    const plan = planTitresImport([line({ millesime: "07", niveau: "", nsf: "" })], new Map([[advf.code, advf]]), NSF);
    expect(plan.outcomes[0]).toMatchObject({ action: "inchange", changes: [] });
    expect(plan.operations).toEqual([]);
  });

  test("une mise à jour dit ce qui change, et l'état d'avant n'emporte pas l'identifiant", () => {
    const plan = planTitresImport([line({ millesime: "07", date_fin_enregistrement: "2028-07-03" })], new Map([[advf.code, advf]]), NSF);
    expect(plan.outcomes[0]).toMatchObject({ action: "mise_a_jour", changes: ["fin de vie : vide → 2028-07-03"] });
    expect(plan.operations[0]!.version.before).not.toHaveProperty("id");
    expect(plan.operations[0]!.titre.changed).toBe(false);
  });

  test("sans millésime, une ligne vise la version sans millésime de cette date, même si une autre version porte la même date", () => {
    const sameDate: ExistingTitre = {
      ...advf,
      versions: [
        { ...advf.versions[0]!, id: "v-08", millesime: "08", dateVersion: "2011-03-16" },
        advf.versions[1]!,
      ],
    };
    const plan = planTitresImport([line({ date_version: "2011-03-16", niveau: "4" })], new Map([[advf.code, sameDate]]), NSF);
    expect(plan.operations[0]!.version.id).toBe("v-2011");
  });

  test("deux lignes qui désignent la même version enregistrée (par millésime et par date) : la seconde est rejetée", () => {
    const plan = planTitresImport(
      [line({ millesime: "07", niveau: "3" }, 2), line({ date_version: "2023-07-04", niveau: "4" }, 3)],
      new Map([[advf.code, advf]]),
      NSF,
    );
    expect(plan.outcomes[1]).toMatchObject({ action: "rejet", reasons: ["Désigne la même version que la ligne 2."] });
    expect(plan.operations).toHaveLength(0);
  });

  test("l'intitulé et le sigle d'un titre viennent de sa première ligne : ils ne sont modifiés qu'une fois", () => {
    const plan = planTitresImport(
      [line({ millesime: "07", intitule: "Assistant de vie aux familles", sigle: "AVF" }, 2), line({ date_version: "2011-03-16", intitule: "Assistant de vie aux familles", niveau: "4" }, 3)],
      new Map([[advf.code, advf]]),
      NSF,
    );
    expect(plan.operations.map((o) => [o.titre.changed, o.version.changed])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(plan.outcomes[1]!.changes).toEqual(["niveau : 3 → 4"]);
  });

  test("un nouveau titre sur deux lignes est créé une fois, avec ses deux versions", () => {
    const plan = planTitresImport(
      [line({ code_tp: "TP-01281", intitule: "CDA", millesime: "03" }, 2), line({ code_tp: "TP-01281", intitule: "CDA", millesime: "04" }, 3)],
      new Map(),
      NSF,
    );
    expect(plan.outcomes.map((o) => [o.action, o.changes[0]])).toEqual([
      ["creation", "Nouveau titre « CDA »"],
      ["creation", "Nouvelle version"],
    ]);
    expect(summarize(plan.outcomes)).toEqual({ creations: 2, misesAJour: 0, inchangees: 0, rejets: 0, total: 2 });
  });

  test("l'empreinte change dès que le résultat de la simulation change", () => {
    const existing = new Map([[advf.code, advf]]);
    const a = planTitresImport([line({ millesime: "07", niveau: "4" })], existing, NSF);
    const b = planTitresImport([line({ millesime: "07", niveau: "4" })], existing, NSF);
    const c = planTitresImport([line({ millesime: "07", niveau: "5" })], existing, NSF);
    expect(a.digest).toBe(b.digest);
    expect(a.digest).not.toBe(c.digest);
  });
});
