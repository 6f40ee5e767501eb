import { describe, expect, test } from "vitest";
import type { DecisionResultat, Parcours } from "@/db/schema";
import { saisieResultatsOuverte } from "@/lib/resultats/ouverture";
import { dateLimiteRepresentation } from "@/lib/resultats/representation";

describe("R10 : jusqu'à quand un candidat partiel ou ajourné après une formation se représente sans nouveau parcours", () => {
  test.each<[string, DecisionResultat | null, Parcours, string, string | null]>([
    ["partiel après une formation continue", "partiel", "formation_continue", "2027-03-16", "2028-03-16"],
    ["ajourné après un apprentissage", "ajourne", "apprentissage", "2027-06-30", "2028-06-30"],
    ["session finie un 29 février : le 28 février suivant", "partiel", "formation_continue", "2028-02-29", "2029-02-28"],
    ["session finie le 28 février avant une année bissextile", "ajourne", "apprentissage", "2027-02-28", "2028-02-28"],
    ["session finie le 31 décembre", "partiel", "apprentissage", "2027-12-31", "2028-12-31"],
    ["titre obtenu : rien à repasser", "titre_obtenu", "formation_continue", "2027-03-16", null],
    ["absent : la règle ne dit rien", "absent", "formation_continue", "2027-03-16", null],
    ["partiel après une VAE : pas de parcours de formation", "partiel", "vae", "2027-03-16", null],
    ["ajourné en capitalisation de CCP", "ajourne", "capitalisation", "2027-03-16", null],
    ["décision pas encore saisie", null, "formation_continue", "2027-03-16", null],
  ])("%s", (_label, decision, parcours, dateFinSession, attendu) => {
    expect(dateLimiteRepresentation({ decision, parcours, dateFinSession })).toBe(attendu);
  });
});

describe("ouverture de la saisie des résultats", () => {
  test.each([
    ["jury constitué, la veille du premier jour", "jury_constitue", "2027-03-14", false],
    ["jury constitué, le premier jour", "jury_constitue", "2027-03-15", true],
    ["jury constitué, après la session", "jury_constitue", "2027-04-01", true],
    ["résultats saisis : encore modifiables", "resultats_saisis", "2027-03-20", true],
    ["déclarée sans jury", "declaree", "2027-03-20", false],
    ["transmise", "transmise", "2027-03-20", false],
    ["validée", "validee", "2027-03-20", false],
    ["annulée", "annulee", "2027-03-20", false],
  ] as const)("%s", (_label, statut, today, ouverte) => {
    expect(saisieResultatsOuverte({ statut, dateDebut: "2027-03-15" }, today).ok).toBe(ouverte);
  });
});
