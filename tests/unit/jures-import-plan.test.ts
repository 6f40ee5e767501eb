import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseJuresFile } from "@/lib/jures/import/parse";
import { identityKeyOf, planJuresImport, type ImportContext } from "@/lib/jures/import/plan";
import { windows1252 } from "../fixtures/windows-1252";

const FILE = readFileSync(path.join(import.meta.dirname, "../fixtures/jures/habilitations-export-ancien-systeme.csv"));

function context(inScope: ImportContext["inScope"]): ImportContext {
  const current = (nom: string, departementCode: string) => ({ nom, kind: "commune", validFrom: "1943-01-01", validTo: null, departementCode, regionCode: "76" });
  return {
    communes: new Map([
      ["30063", [{ nom: "Cambo", kind: "commune", validFrom: "1943-01-01", validTo: "1969-01-01", departementCode: "30", regionCode: "76" }]],
      ["30189", [current("Nîmes", "30")]],
      ["30028", [current("Bagnols-sur-Cèze", "30")]],
      ["34172", [current("Montpellier", "34")]],
    ]),
    pays: new Map([
      ["MA", "MA"],
      ["maroc", "MA"],
    ]),
    versions: new Map([
      ["TP-00391|2011-03-16", { id: "v2011", finDeVie: "2023-07-03" }],
      ["TP-00391|2023-07-04", { id: "v07", finDeVie: null }],
    ]),
    jures: new Map([
      [
        identityKeyOf({ nomNaissance: "FONTAINE", prenoms: "Martine", dateNaissance: "1968-04-12" }),
        [
          {
            id: "j-fontaine",
            departementCode: "30",
            regionCode: "76",
            habilitations: [
              {
                id: "h-fontaine",
                titreVersionId: "v2011",
                competences: { dateDebutEmploi: "1998-12-31", dateDerniereOccupation: "2015-11-18", dateProfessionnalisation: null },
                commentaires: null,
                periodes: [{ debut: "2015-11-18", fin: "2020-11-18" }],
              },
            ],
          },
        ],
      ],
    ]),
    inScope,
  };
}

const occitanie = (r: { regionCode: string }) => r.regionCode === "76";
const gard = (r: { departementCode: string }) => r.departementCode === "30";

function plan(inScope: ImportContext["inScope"]) {
  const parsed = parseJuresFile(FILE);
  if (!parsed.ok) throw new Error(parsed.message);
  return planJuresImport(parsed.lines, context(inScope));
}

describe("simulation de l'import des habilitations (fichier de l'ancien système)", () => {
  test("chaque ligne a son issue, pour une DREETS", () => {
    expect(plan(occitanie).outcomes.map((o) => [o.line, o.action])).toEqual([
      [2, "creation"],
      [3, "ajout"],
      [4, "inchange"],
      [5, "ajout"],
      [6, "creation"],
      [7, "rejet"],
      [8, "rejet"],
      [9, "creation"],
      [10, "inchange"],
      [11, "rejet"],
      [12, "rejet"],
      [13, "rejet"],
      [14, "rejet"],
      [15, "creation"],
      [16, "rejet"],
    ]);
  });

  test.each([
    [3, ["Juré créé à la ligne 2", "Nouvelle habilitation", "Nouvelle période"]],
    [4, ["Juré existant, reconnu sur son identité", "Période déjà enregistrée"]],
    [5, ["Juré existant, reconnu sur son identité", "Nouvelle habilitation", "Nouvelle période"]],
    [10, ["Juré créé à la ligne 2", "Période déjà enregistrée"]],
  ])("ligne %i : %j", (line, details) => {
    expect(plan(occitanie).outcomes.find((o) => o.line === line)?.changes).toEqual(details);
  });

  test.each([
    [7, "Date de naissance « 31/02/1980 » invalide"],
    [8, "Aucune version du titre TP-00391 datée du 01/01/1999"],
    [11, "La période chevauche celle du 18/11/2015 au 18/11/2020 (ligne 2)"],
    [12, "Civilité « Dr » inconnue"],
    [13, "aucune commune actuelle n'a ce code"],
    [14, "Lieu de naissance absent"],
    [16, "après la fin de vie de cette version (03/07/2023)"],
  ])("ligne %i rejetée : %s", (line, reason) => {
    expect(plan(occitanie).outcomes.find((o) => o.line === line)?.reasons.join(" ")).toContain(reason);
  });

  test("les avertissements n'empêchent pas la reprise", () => {
    const outcomes = plan(occitanie).outcomes;
    expect(outcomes.find((o) => o.line === 2)?.warnings.join(" ")).toContain("Date de professionnalisation à saisir");
    expect(outcomes.find((o) => o.line === 9)?.warnings.join(" ")).toContain("« louis.garnier@exemple » invalide");
  });

  test("un agent d'UD ne reprend pas les jurés qui résident hors de son département", () => {
    const outcomes = plan(gard).outcomes;
    expect(outcomes.find((o) => o.line === 6)).toMatchObject({ action: "rejet", reasons: ["Commune de résidence hors de votre périmètre."] });
    expect(outcomes.find((o) => o.line === 15)?.action).toBe("rejet");
  });

  test("le plan n'écrit que ce qui manque, et son condensé change avec le contexte", () => {
    const result = plan(occitanie);
    expect(result.operations.map((o) => [o.line, o.jure.id, o.periode?.debut ?? null])).toEqual([
      [2, null, "2015-11-18"],
      [3, null, "2023-09-01"],
      [5, "j-fontaine", "2024-01-01"],
      [6, null, "2023-10-15"],
      [9, null, "2020-01-01"],
      [15, null, "2016-01-01"],
    ]);
    expect(result.digest).not.toBe(plan(gard).digest);
  });

  test("un fichier enregistré par Excel en Windows-1252 se lit aussi", () => {
    const latin1 = Buffer.from(FILE.toString("utf8"), "latin1");
    const parsed = parseJuresFile(latin1);
    expect(parsed.ok && parsed.encoding).toBe("Windows-1252");
    expect(parsed.ok && parsed.lines[0]!.prenoms).toBe("Hélène");
  });

  test("’ Œ œ € d'un fichier Windows-1252 sont lus tels quels, sans caractère de contrôle", () => {
    const [header, first] = FILE.toString("utf8").split("\n");
    const line = first!.replace("A suivi la formation membre de jury le 25/11/2015", "Formatrice à L’Œuvre du Cœur, prime de 50 €");
    const parsed = parseJuresFile(windows1252(`${header}\n${line}\n`));
    expect(parsed.ok && parsed.encoding).toBe("Windows-1252");
    expect(parsed.ok && parsed.lines[0]!.commentaire).toBe("Formatrice à L’Œuvre du Cœur, prime de 50 €");
  });
});
