import { describe, expect, it } from "vitest";
import { defaultMergeChoices, differingFields, mergedValues } from "@/lib/candidats/merge/fields";

/** The columns a merge looks at, for two records of the same person typed by two centres. */
function record(overrides: Record<string, string | null> = {}) {
  return {
    civilite: "Madame",
    nomNaissance: "LEFÈVRE",
    nomUsage: null,
    prenoms: "Sophie Anne",
    dateNaissance: "1990-03-12",
    naissanceCommuneCode: "30189",
    naissanceCommuneNom: "Nîmes",
    naissancePaysCode: null,
    naissanceVille: null,
    adresse: "3 rue de l'Aspic",
    codePostal: "30000",
    residenceCommuneCode: "30189",
    residenceCommuneNom: "Nîmes",
    residenceDepartementCode: "30",
    residenceRegionCode: "76",
    email: null,
    telephone: "06 12 34 56 78",
    ...overrides,
  };
}

describe("fusion de deux fiches : les champs", () => {
  const conservee = record();
  const doublon = record({ nomNaissance: "LEFEBVRE", nomUsage: "ØRSTED", prenoms: "Sophie, Anne", email: "s.orsted@exemple.fr", telephone: null });

  it("ne demande un choix que pour les champs qui diffèrent", () => {
    expect(differingFields(conservee, doublon)).toEqual(["nomNaissance", "nomUsage", "prenoms", "email", "telephone"]);
    expect(differingFields(conservee, record())).toEqual([]);
  });

  it("propose par défaut la valeur de la fiche conservée, et celle de l'autre fiche quand la conservée n'en a pas", () => {
    expect(defaultMergeChoices(conservee, doublon)).toEqual({ nomNaissance: "survivant", nomUsage: "fusionne", prenoms: "survivant", email: "fusionne", telephone: "survivant" });
    // The same pair, the other record kept: the defaults follow the kept record, not the order on screen.
    expect(defaultMergeChoices(doublon, conservee)).toEqual({ nomNaissance: "survivant", nomUsage: "survivant", prenoms: "survivant", email: "survivant", telephone: "fusionne" });
  });

  it("un lieu vide sur la fiche conservée prend celui de l'autre fiche", () => {
    const sansResidence = record({ adresse: null, codePostal: null, residenceCommuneCode: null, residenceCommuneNom: null, residenceDepartementCode: null, residenceRegionCode: null });
    expect(defaultMergeChoices(sansResidence, conservee)).toEqual({ residence: "fusionne" });
  });

  it("compose la fiche conservée champ par champ, sans mélanger les colonnes d'un même lieu", () => {
    const etranger = record({ naissanceCommuneCode: null, naissanceCommuneNom: null, naissancePaysCode: "99352", naissanceVille: "Alger" });
    const merged = mergedValues(conservee, etranger, { lieuNaissance: "fusionne" });
    expect(merged).toMatchObject({ naissanceCommuneCode: null, naissanceCommuneNom: null, naissancePaysCode: "99352", naissanceVille: "Alger", prenoms: "Sophie Anne" });
    expect(mergedValues(conservee, doublon, defaultMergeChoices(conservee, doublon))).toMatchObject({ prenoms: "Sophie Anne", nomUsage: "ØRSTED", email: "s.orsted@exemple.fr", telephone: "06 12 34 56 78" });
  });
});
