import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { actionLabel, actionLabels, formatAuditValue } from "@/lib/audit/labels";
import type { AuditEntry } from "@/lib/audit/record";

describe("valeurs affichées dans l'onglet Historique", () => {
  test.each([
    ["date de version d'un titre", "dateVersion", "2026-03-12", "12/03/2026"],
    ["décision d'agrément", "dateDecision", "2026-03-12", "12/03/2026"],
    ["début de validité d'agrément", "validFrom", "2024-02-29", "29/02/2024"],
    ["type de centre à partir du", "aPartirDu", "2027-01-01", "01/01/2027"],
    ["naissance d'un juré", "dateNaissance", "1961-08-04", "04/08/1961"],
    ["début de période d'habilitation", "dateDebut", "2027-03-28", "28/03/2027"],
    ["date de professionnalisation", "dateProfessionnalisation", "2019-10-31", "31/10/2019"],
    ["jour d'une feuille d'émargement téléchargée", "jour", "2027-03-29", "29/03/2027"],
    ["verrouillage (instant, heure d'hiver)", "verrouilleJusquA", "2026-12-31T23:30:00.000Z", "01/01/2027 à 00:30"],
    ["verrouillage (instant, heure d'été)", "verrouilleJusquA", "2027-03-28T06:00:00.000Z", "28/03/2027 à 08:00"],
  ])("%s : %s = %s s'affiche %s", (_, field, value, expected) => {
    expect(formatAuditValue(value, field)).toBe(expected);
  });

  test.each([
    ["un code de titre", "code", "TP-00391"],
    ["un SIRET", "siret", "35600000000048"],
    ["un nom", "nom", "Nguyễn"],
    ["une date mal saisie gardée telle quelle", "dateVersion", "2026-13"],
    ["un instant illisible gardé tel quel", "verrouilleJusquA", "bientôt"],
    ["un intitulé qui ressemble à une date", "intitule", "2023-07-04"],
  ])("%s reste tel quel", (_, field, value) => {
    expect(formatAuditValue(value, field)).toBe(value);
  });

  test.each([
    [null, "—"],
    [undefined, "—"],
    ["", "—"],
    [true, "oui"],
    [false, "non"],
    [[], "aucun"],
    [["01", "02"], "01 ; 02"],
    [{ numero: 1 }, '{"numero":1}'],
  ])("%o s'affiche %s", (value, expected) => {
    expect(formatAuditValue(value)).toBe(expected);
  });

  test("les libellés de valeurs connues priment", () => {
    expect(formatAuditValue("regional", "role")).toBe("Régional (DREETS / DDETS)");
    expect(formatAuditValue("valce", "source")).toBe("Importé de VALCE");
  });
});

describe("libellés des actions de l'historique", () => {
  test("chaque action écrite dans lib/ a son libellé, déclaré par son domaine", () => {
    const written = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".ts")) {
          for (const m of readFileSync(full, "utf8").matchAll(/\baction: (?:[^"\n]*\? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?/g)) {
            written.add(m[1]!);
            if (m[2]) written.add(m[2]);
          }
        }
      }
    };
    walk(path.resolve("lib"));
    expect(written.size).toBeGreaterThanOrEqual(30);
    for (const action of written) expect(actionLabels, action).toHaveProperty([action]);
  });

  test("une action inconnue est refusée à la compilation, et affichée telle quelle", () => {
    // @ts-expect-error -- an action must be declared by its domain before recordAudit accepts it
    const entry: AuditEntry = { action: "jure.inconnue", entityType: "jure", entityId: "x" };
    expect(actionLabel(entry.action)).toBe("jure.inconnue");
    expect(actionLabel("jure.cree")).toBe("Création du juré");
    expect(actionLabel("departement.commune_ud_modifiee")).toBe("Modification de la commune de l'UD");
  });

  test("deux actions n'ont jamais le même libellé", () => {
    const labels = Object.values(actionLabels);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
