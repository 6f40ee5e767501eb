import { describe, expect, test } from "vitest";
import type { IssueCcp } from "@/db/schema";
import { coherenceResultat, verifierDecision, type CoherenceInput } from "@/lib/resultats/coherence";

const version = [
  { id: "c1", numero: 1 },
  { id: "c2", numero: 2 },
  { id: "c3", numero: 3 },
];
const tous = version.map((c) => c.id);

function input(issues: Record<string, IssueCcp>, overrides: Partial<CoherenceInput> = {}): CoherenceInput {
  return { ccpsVersion: version, ccpsEvalues: tous, issues, acquisAnterieurs: [], presence: "present", ...overrides };
}

describe("R10 : décision attendue", () => {
  test.each<[string, CoherenceInput, string | null]>([
    ["tous acquis", input({ c1: "acquis", c2: "acquis", c3: "acquis" }), "titre_obtenu"],
    ["un acquis", input({ c1: "acquis", c2: "non_acquis", c3: "non_presente" }), "partiel"],
    ["aucun acquis", input({ c1: "non_acquis", c2: "non_acquis", c3: "non_presente" }), "ajourne"],
    ["un CCP sans résultat", input({ c1: "acquis", c2: "acquis" }), null],
    ["présence non saisie", input({ c1: "acquis", c2: "acquis", c3: "acquis" }, { presence: null }), null],
    ["absent", input({}, { presence: "absent" }), "absent"],
    ["capitalisation : le CCP 3 acquis avant complète le titre", input({ c1: "acquis", c2: "acquis", c3: "non_acquis" }, { acquisAnterieurs: ["c3"] }), "titre_obtenu"],
    ["capitalisation sans acquis à la session : ajourné", input({ c1: "non_acquis", c2: "non_acquis", c3: "non_acquis" }, { acquisAnterieurs: ["c3"] }), "ajourne"],
    ["session CCP qui complète le titre", input({ c2: "acquis" }, { ccpsEvalues: ["c2"], acquisAnterieurs: ["c1", "c3"] }), "titre_obtenu"],
    ["session CCP : ses CCP acquis, pas le titre", input({ c1: "acquis", c2: "acquis" }, { ccpsEvalues: ["c1", "c2"] }), "partiel"],
    ["session CCP : son CCP non acquis", input({ c2: "non_acquis" }, { ccpsEvalues: ["c2"], acquisAnterieurs: ["c1"] }), "ajourne"],
  ])("%s", (_label, value, decision) => {
    expect(coherenceResultat(value).decision).toBe(decision);
  });

  test("montre les CCP capitalisés et ceux qui manquent", () => {
    const result = coherenceResultat(input({ c1: "acquis" }, { acquisAnterieurs: ["c3"] }));
    expect(result).toMatchObject({ capitalises: [3], manquants: [2, 3], acquisSession: [1] });
  });

  test("une session CCP ne décide pas des CCP qu'elle n'évalue pas", () => {
    const result = coherenceResultat(input({ c1: "acquis", c3: "acquis" }, { ccpsEvalues: ["c1"] }));
    expect(result.erreurs).toEqual([{ ccp: 3, message: "Le CCP 3 n'est pas évalué par cette session." }]);
  });

  test("un absent n'acquiert aucun CCP", () => {
    expect(coherenceResultat(input({ c1: "acquis" }, { presence: "absent" })).erreurs[0]?.message).toBe("Candidat absent : le CCP 1 ne peut être que « non présenté ».");
  });
});

describe("R10 : la décision choisie est vérifiée", () => {
  test.each<[string, CoherenceInput, Parameters<typeof verifierDecision>[1], string | null]>([
    ["titre obtenu cohérent", input({ c1: "acquis", c2: "acquis", c3: "acquis" }), "titre_obtenu", null],
    ["titre obtenu avec un CCP non acquis", input({ c1: "acquis", c2: "non_acquis", c3: "acquis" }), "titre_obtenu", "Titre obtenu impossible : le CCP 2 n'est pas acquis."],
    ["titre obtenu avec deux CCP non acquis", input({ c1: "acquis", c2: "non_acquis", c3: "non_acquis" }), "titre_obtenu", "Titre obtenu impossible : les CCP 2, 3 ne sont pas acquis."],
    ["partiel quand tout est acquis", input({ c1: "acquis", c2: "acquis", c3: "acquis" }), "partiel", "Tous les CCP du titre sont acquis : la décision est « Titre obtenu »."],
    ["partiel sans acquis", input({ c1: "non_acquis", c2: "non_acquis", c3: "non_acquis" }), "partiel", "« Partiel » demande au moins un CCP acquis à cette session."],
    ["ajourné avec un acquis", input({ c1: "acquis", c2: "non_acquis", c3: "non_acquis" }), "ajourne", "Un CCP au moins est acquis à cette session : la décision est « Partiel »."],
    ["absent alors que présent", input({ c1: "non_acquis", c2: "non_acquis", c3: "non_acquis" }), "absent", "« Absent » demande que le candidat soit noté absent."],
    ["absent noté absent", input({}, { presence: "absent" }), "absent", null],
    ["ajourné pour un candidat absent", input({}, { presence: "absent" }), "ajourne", "Candidat absent : la décision est « Absent »."],
    ["titre obtenu pour un candidat absent", input({}, { presence: "absent" }), "titre_obtenu", "Candidat absent : la décision est « Absent »."],
    ["ajourné cohérent", input({ c1: "non_acquis", c2: "non_presente", c3: "non_acquis" }), "ajourne", null],
    ["partiel cohérent", input({ c1: "non_acquis", c2: "acquis", c3: "non_presente" }), "partiel", null],
    ["ajourné quand le titre est complet par capitalisation", input({ c1: "acquis", c2: "acquis" }, { ccpsEvalues: ["c1", "c2"], acquisAnterieurs: ["c3"] }), "ajourne", "Tous les CCP du titre sont acquis : la décision est « Titre obtenu »."],
    ["session CCP : titre obtenu sans le CCP non évalué", input({ c1: "acquis" }, { ccpsEvalues: ["c1"] }), "titre_obtenu", "Titre obtenu impossible : les CCP 2, 3 ne sont pas acquis."],
    ["un CCP manque", input({ c1: "acquis" }), "partiel", "Saisissez d'abord le résultat du CCP 2, 3."],
  ])("%s", (_label, value, choisie, message) => {
    expect(verifierDecision(value, choisie)).toBe(message);
  });
});
