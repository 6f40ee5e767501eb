import { describe, expect, test } from "vitest";
import { identiteMasquee, maskPrenoms, nomComplet } from "@/lib/candidats/display";
import { candidatSchema } from "@/lib/candidats/schemas";

const base = {
  civilite: "Madame",
  nomNaissance: "Martin",
  prenoms: "Sophie",
  dateNaissance: "12/03/1990",
  lieuNaissance: "france",
  naissanceCommuneCode: "30189",
};

describe("schéma de la fiche candidat", () => {
  test.each([
    ["12/03/1990", "1990-03-12"],
    ["1990-03-12", "1990-03-12"],
    ["29/02/2000", "2000-02-29"],
  ])("la date %s devient %s", (saisie, iso) => {
    expect(candidatSchema.parse({ ...base, dateNaissance: saisie }).dateNaissance).toBe(iso);
  });

  test.each([["29/02/2001"], ["31/04/1990"], ["12-03-1990"], [""]])("refuse la date %j", (saisie) => {
    const result = candidatSchema.safeParse({ ...base, dateNaissance: saisie });
    expect(result.success).toBe(false);
  });

  test("né à l'étranger : le pays et la ville sont exigés, pas la commune", () => {
    const result = candidatSchema.safeParse({ ...base, lieuNaissance: "etranger", naissanceCommuneCode: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["naissancePaysCode", "naissanceVille"]);
    expect(candidatSchema.safeParse({ ...base, lieuNaissance: "etranger", naissanceCommuneCode: "", naissancePaysCode: "99350", naissanceVille: "Casablanca" }).success).toBe(true);
  });

  test("en France, une commune choisie dans la liste", () => {
    expect(candidatSchema.safeParse({ ...base, naissanceCommuneCode: "Nîmes" }).success).toBe(false);
    expect(candidatSchema.safeParse({ ...base, naissanceCommuneCode: "2A004" }).success).toBe(true);
  });

  test("contact et résidence facultatifs, vérifiés s'ils sont saisis", () => {
    expect(candidatSchema.parse(base)).toMatchObject({ email: null, telephone: null, residenceCommuneCode: null, nomUsage: null });
    expect(candidatSchema.safeParse({ ...base, email: "pas-une-adresse" }).success).toBe(false);
    expect(candidatSchema.safeParse({ ...base, telephone: "12" }).success).toBe(false);
    expect(candidatSchema.safeParse({ ...base, codePostal: "3000" }).success).toBe(false);
  });
});

describe("identité masquée pour un centre", () => {
  const birth = { civilite: "Madame", nomUsage: "DURAND", dateNaissance: "1990-03-12", naissanceCommuneNom: "Nîmes", naissanceVille: null };
  test.each([
    ["Sophie", "S***"],
    ["Sophie Anne", "S*** A***"],
    ["Jean-Marie, Paul", "J*** P***"],
    ["Ørsted", "Ø***"],
    ["élodie", "É***"],
  ])("%s → %s", (prenoms, masque) => {
    expect(maskPrenoms(prenoms)).toBe(masque);
  });

  test("nom de naissance, initiales, date et lieu : ni nom d'usage ni contact", () => {
    expect(identiteMasquee({ ...birth, nomNaissance: "MARTIN", prenoms: "Sophie" })).toBe("MARTIN S***, née le 12/03/1990 à Nîmes");
    expect(identiteMasquee({ ...birth, civilite: "Monsieur", nomNaissance: "NGUYỄN", prenoms: "Văn Minh", naissanceCommuneNom: null, naissanceVille: "Hà Nội" })).toBe(
      "NGUYỄN V*** M***, né le 12/03/1990 à Hà Nội",
    );
  });

  test("le nom complet montre le nom d'usage et le nom de naissance", () => {
    expect(nomComplet({ ...birth, nomNaissance: "MARTIN", prenoms: "Sophie" })).toBe("DURAND Sophie (née MARTIN)");
  });
});
