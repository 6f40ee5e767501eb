import { describe, expect, test } from "vitest";
import { identityKeys, type IdentityValues } from "@/lib/candidats/identity";
import { raisonLabels, raisonsLibelles, scorePair, SEUIL_DOUBLON, type MatchIdentity } from "@/lib/candidats/matching/score";
import { editDistance, nameSimilarity, trigramSimilarity } from "@/lib/candidats/matching/similarity";

type Raw = IdentityValues & { dateNaissance: string; civilite?: string };
const who = (raw: Raw): MatchIdentity => ({ ...identityKeys(raw), dateNaissance: raw.dateNaissance, civilite: raw.civilite ?? null });

const base: Raw = { nomNaissance: "Lefèvre", nomUsage: null, prenoms: "Sophie, Anne", dateNaissance: "1990-03-12", naissanceCommuneCode: "30189", civilite: "Madame" };
const successeurs = new Map([["49065", "49092"]]);

describe("score d'une paire et raisons", () => {
  test.each<[string, Partial<Raw>, string[]]>([
    ["accents, casse et tiret seulement : même identité", { nomNaissance: "LEFEVRE" }, ["identite_exacte", "nom_identique", "prenom_identique", "date_identique", "lieu_identique"]],
    ["faute de frappe dans le nom", { nomNaissance: "Lefebre" }, ["nom_proche", "prenom_identique", "date_identique", "lieu_identique"]],
    ["même prononciation", { nomNaissance: "Lefaivre" }, ["nom_phonetique", "prenom_identique", "date_identique", "lieu_identique"]],
    ["prénoms dans un autre ordre", { prenoms: "Anne, Sophie" }, ["nom_identique", "prenoms_ordre", "date_identique", "lieu_identique"]],
    ["deuxième prénom seul", { prenoms: "Anne" }, ["nom_identique", "prenoms_ordre", "date_identique", "lieu_identique"]],
    ["nom d'usage saisi comme nom de naissance", { nomNaissance: "Martin", nomUsage: "Martin" }, ["nom_usage_comme_naissance", "prenom_identique", "date_identique", "lieu_identique"]],
    ["jour et mois inversés", { dateNaissance: "1990-12-03" }, ["nom_identique", "prenom_identique", "jour_mois_inverses", "lieu_identique"]],
    ["un chiffre de la date", { dateNaissance: "1991-03-12" }, ["nom_identique", "prenom_identique", "date_un_chiffre", "lieu_identique"]],
    ["lieu manquant", { naissanceCommuneCode: null }, ["nom_identique", "prenom_identique", "date_identique", "lieu_manquant"]],
  ])("%s", (_label, change, raisons) => {
    const a = who(base);
    const b = who({ ...base, ...change, nomUsage: change.nomUsage ?? (change.nomNaissance === "Martin" ? null : base.nomUsage) });
    // For the usage name case, a carries the usage name and b was typed with it as birth name.
    const left = change.nomUsage ? who({ ...base, nomUsage: "Martin" }) : a;
    const right = change.nomUsage ? who({ ...base, nomNaissance: "Martin" }) : b;
    const result = scorePair(left, right, { successeurs });
    expect(result.raisons).toEqual(raisons);
    expect(result.score).toBeGreaterThanOrEqual(SEUIL_DOUBLON);
    expect(scorePair(right, left, { successeurs }).score).toBe(result.score);
  });

  test("commune de naissance remplacée par sa commune nouvelle", () => {
    const a = who({ ...base, naissanceCommuneCode: "49065" });
    const b = who({ ...base, naissanceCommuneCode: "49092" });
    const result = scorePair(a, b, { successeurs });
    expect(result.raisons).toContain("commune_successeur");
    expect(result.score).toBeGreaterThanOrEqual(SEUIL_DOUBLON);
    // Without the successor map the two places are just different.
    expect(scorePair(a, b).raisons).not.toContain("commune_successeur");
  });

  test.each<[string, Partial<Raw>]>([
    ["jumelle : même nom, date et lieu, autre prénom", { prenoms: "Claire" }],
    ["homonyme née un autre jour ailleurs", { dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" }],
    ["autre personne, même date et même lieu", { nomNaissance: "Durand", prenoms: "Julie" }],
    ["même nom et prénom, autre date, autre lieu", { dateNaissance: "1990-05-30", naissanceCommuneCode: "13055" }],
  ])("sous le seuil : %s", (_label, change) => {
    expect(scorePair(who(base), who({ ...base, ...change })).score).toBeLessThan(SEUIL_DOUBLON);
  });

  test("deux sexes différents baissent le score", () => {
    const a = who(base);
    const b = who({ ...base, prenoms: "Anne, Sophie", civilite: "Monsieur" });
    expect(scorePair(a, b).score).toBeLessThan(scorePair(a, who({ ...base, prenoms: "Anne, Sophie" })).score);
  });

  test("chaque raison a un libellé en français", () => {
    expect(raisonsLibelles(["jour_mois_inverses", "commune_successeur"])).toEqual([
      "Jour et mois de naissance inversés",
      "Commune de naissance remplacée par la commune issue d'une fusion",
    ]);
    for (const label of Object.values(raisonLabels)) expect(label).toMatch(/^[A-ZÉ]/);
  });
});

describe("similarités", () => {
  test.each([
    ["dupont", "dupont", 1],
    ["dupont", "dupomt", 4 / 10],
    ["word", "two words", 4 / 11],
    ["", "abc", 0],
  ])("trigrammes comme pg_trgm : %s / %s", (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 6);
  });
  test("distance d'édition avec inversion de deux lettres", () => {
    expect(editDistance("martin", "matrin")).toBe(1);
    expect(editDistance("martin", "martine")).toBe(1);
    expect(editDistance("abc", "xyz")).toBe(3);
    expect(nameSimilarity("le goff", "legoff")).toBeGreaterThan(0.9);
  });
});
