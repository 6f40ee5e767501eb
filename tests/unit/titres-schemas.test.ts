import { describe, expect, test } from "vitest";
import { formatAuditValue } from "@/lib/audit/labels";
import { ccpSchema, titreSchema, versionSchema } from "@/lib/titres/schemas";

const version = { millesime: "07", dateVersion: "2023-07-04", niveau: "3", rncp: "rncp37715", nsfCode: "330 T", finDeVie: "" };

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("saisie d'un titre", () => {
  test("le code est mis en majuscules et vérifié", () => {
    expect(titreSchema.parse({ code: " tp-00391 ", intitule: "Assistant(e) de vie aux familles", sigle: "" })).toEqual({
      code: "TP-00391",
      intitule: "Assistant(e) de vie aux familles",
      sigle: null,
    });
    expect(errorsOf(titreSchema.safeParse({ code: "TP-391", intitule: "" }))).toEqual({
      code: "Le code d'un titre s'écrit TP- suivi de 5 chiffres, par exemple TP-00391.",
      intitule: "Saisissez l'intitulé du titre.",
    });
  });
});

describe("saisie d'une version", () => {
  test("normalise le NSF et le RNCP, et lit le niveau choisi", () => {
    expect(versionSchema.parse(version)).toEqual({
      millesime: "07",
      dateVersion: "2023-07-04",
      niveau: 3,
      rncp: "RNCP37715",
      nsfCode: "330t",
      finDeVie: null,
    });
  });

  test("un niveau non choisi demande de choisir (et non « hors limites »)", () => {
    expect(errorsOf(versionSchema.safeParse({ ...version, niveau: "" }))).toEqual({ niveau: "Choisissez le niveau (3 à 7)." });
    expect(errorsOf(versionSchema.safeParse({ ...version, niveau: "8" }))).toEqual({ niveau: "Le niveau va de 3 à 7." });
  });

  test.each([
    [{ dateVersion: "" }, "dateVersion", "Saisissez la date de l'arrêté de la version (JJ/MM/AAAA)."],
    [{ dateVersion: "2023-02-30" }, "dateVersion", "Saisissez la date de l'arrêté de la version (JJ/MM/AAAA)."],
    [{ nsfCode: "" }, "nsfCode", "Le code NSF est obligatoire : il est imprimé sur le parchemin."],
    [{ millesime: "7" }, "millesime", "Le millésime s'écrit sur 2 chiffres, par exemple 07."],
    [{ rncp: "37715" }, "rncp", "Le numéro RNCP s'écrit RNCP suivi de chiffres, par exemple RNCP37715."],
    [{ finDeVie: "2023-07-04" }, "finDeVie", "La fin de vie doit être postérieure à la date de la version."],
  ])("%o : erreur sur %s", (change, field, message) => {
    expect(errorsOf(versionSchema.safeParse({ ...version, ...change }))).toEqual({ [field]: message });
  });
});

describe("saisie d'un CCP", () => {
  test.each([
    ["", "Saisissez le numéro du CCP (1, 2, 3…)."],
    ["0", "Le numéro commence à 1."],
    ["1,5", "Saisissez le numéro du CCP (1, 2, 3…)."],
    ["21", "20 CCP au plus."],
  ])("le numéro « %s » est refusé : %s", (numero, message) => {
    expect(errorsOf(ccpSchema.safeParse({ numero, libelle: "Accompagner les personnes" }))).toEqual({ numero: message });
  });

  test("un numéro saisi devient un nombre", () => {
    expect(ccpSchema.parse({ numero: " 2 ", libelle: " Relayer les parents " })).toEqual({ numero: 2, libelle: "Relayer les parents" });
  });
});

describe("valeurs de l'historique", () => {
  test("les dates des versions sont écrites à la française et les listes de CCP en clair", () => {
    expect(formatAuditValue("2023-07-04", "finDeVie")).toBe("04/07/2023");
    expect(formatAuditValue("2023-07-04", "intitule")).toBe("2023-07-04");
    expect(formatAuditValue(["Accompagner", "Relayer"], "ccps")).toBe("Accompagner ; Relayer");
    expect(formatAuditValue([], "ccps")).toBe("aucun");
  });
});
