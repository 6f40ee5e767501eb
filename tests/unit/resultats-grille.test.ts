import { describe, expect, test } from "vitest";
import { verifierLigne, type SaisieLigne } from "@/lib/resultats/grille";

const grille = {
  ccpsVersion: [
    { id: "c1", numero: 1, libelle: "Accueillir" },
    { id: "c2", numero: 2, libelle: "Accompagner" },
    { id: "c3", numero: 3, libelle: "Entretenir" },
  ],
  ccpsEvalues: ["c1", "c2", "c3"],
};
const sansCapital = { capitalises: [] };
const capital3 = { capitalises: [{ ccpId: "c3", numero: 3, sessionNumero: "2026-30-00007" }] };
const saisie = (values: Partial<SaisieLigne>): SaisieLigne => ({ presence: "present", decision: null, issues: {}, ...values });

describe("vérification d'une ligne de la grille des résultats", () => {
  test.each([
    ["tout acquis : titre proposé", sansCapital, saisie({ issues: { c1: "acquis", c2: "acquis", c3: "acquis" } }), "titre_obtenu", {}],
    ["CCP 3 capitalisé : titre proposé sans le ressaisir", capital3, saisie({ issues: { c1: "acquis", c2: "acquis" } }), "titre_obtenu", {}],
    [
      "CCP 3 capitalisé et saisi : refus à côté de sa cellule",
      capital3,
      saisie({ issues: { c1: "acquis", c2: "acquis", c3: "acquis" } }),
      null,
      { "issues.c3": ["Le CCP 3 est capitalisé (session 2026-30-00007) : il ne se saisit pas à nouveau."] },
    ],
    ["présence seule : rien à dire", sansCapital, saisie({}), null, {}],
    ["absent sans CCP : décision absent", sansCapital, saisie({ presence: "absent" }), "absent", {}],
    ["absent avec un CCP acquis : refus sur la cellule", sansCapital, saisie({ presence: "absent", issues: { c1: "acquis" } }), null, { "issues.c1": ["Candidat absent : le CCP 1 ne peut être que « non présenté »."] }],
    ["décision sans présence", sansCapital, saisie({ presence: null, decision: "ajourne" }), null, { decision: ["Indiquez d'abord la présence du candidat."] }],
    ["CCP inconnu de la version", sansCapital, saisie({ issues: { autre: "acquis" } }), null, { _: ["Un CCP saisi n'appartient pas à la version du titre de la session."] }],
  ] as const)("%s", (_label, ligne, valeurs, attendue, erreurs) => {
    const result = verifierLigne(grille, ligne, valeurs);
    expect(result.decisionAttendue).toBe(attendue);
    expect(result.fieldErrors).toEqual(erreurs);
  });

  test("résultats marqués saisis : une ligne ne perd pas sa décision", () => {
    const result = verifierLigne(grille, sansCapital, saisie({ issues: { c1: "acquis" } }), true);
    expect(result.fieldErrors).toEqual({ decision: ["Les résultats de la session sont marqués saisis : choisissez la décision de ce candidat."] });
  });
});
