import { describe, expect, test } from "vitest";
import { birthPlaceKey, firstPrenom, identityKeys, normalizeIdentityText, normalizePrenoms, phoneticKey } from "@/lib/candidats/identity";

describe("identité normalisée d'un candidat", () => {
  test.each([
    ["Nguyễn", "nguyen"],
    ["Ørsted", "orsted"],
    ["ŒUVRARD", "oeuvrard"],
    ["L’Haÿ", "l hay"],
    ["d'Artagnan", "d artagnan"],
    ["Le-Goff", "le goff"],
    ["St-Cyr", "saint cyr"],
    ["Đặng", "dang"],
    ["Straßburger", "strassburger"],
    ["  Saint   Just ", "saint just"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeIdentityText(raw)).toBe(expected);
  });

  test("toutes les colonnes normalisées depuis l'identité saisie", () => {
    expect(
      identityKeys({ nomNaissance: "Nguyễn", nomUsage: "Ørsted-Dupré", prenoms: "Thị Hoa, Marie-Ève", naissancePaysCode: "99243", naissanceVille: "Hô Chi Minh-Ville" }),
    ).toEqual({
      nomNaissanceNormalise: "nguyen",
      nomUsageNormalise: "orsted dupre",
      premierPrenomNormalise: "thi hoa",
      prenomsNormalises: "thi hoa marie eve",
      lieuNaissanceCle: "p:99243|ho chi minh ville",
      nomPhonetique: phoneticKey("Nguyen"),
    });
    expect(identityKeys({ nomNaissance: "MARTIN", nomUsage: "  ", prenoms: "Sophie Anne", naissanceCommuneCode: "30189" })).toMatchObject({
      nomUsageNormalise: null,
      premierPrenomNormalise: "sophie",
      prenomsNormalises: "sophie anne",
      lieuNaissanceCle: "c:30189",
    });
  });

  test.each([
    ["Jean-Marie", "jean marie", "jean marie"],
    ["Jean-Marie, Paul", "jean marie", "jean marie paul"],
    ["Marie Claire", "marie", "marie claire"],
    ["Anne Marie ; Louise", "anne marie", "anne marie louise"],
    ["  ", "", ""],
  ])("prénoms %j : premier %j, tous %j", (raw, first, all) => {
    expect(firstPrenom(raw)).toBe(first);
    expect(normalizePrenoms(raw)).toBe(all);
  });

  test("lieu de naissance : commune, étranger, inconnu", () => {
    expect(birthPlaceKey({ naissanceCommuneCode: "2a004" })).toBe("c:2A004");
    expect(birthPlaceKey({ naissancePaysCode: "99109", naissanceVille: "Düsseldorf" })).toBe("p:99109|dusseldorf");
    expect(birthPlaceKey({})).toBe("");
    expect(birthPlaceKey({ naissancePaysCode: "99100", naissanceVille: " " })).toBe("");
  });
});

describe("clé phonétique française", () => {
  // Each pair: two spellings of one spoken name get one key.
  test.each([
    ["Henry", "Enri"], // h muet, y → i
    ["Philippe", "Filipe"], // ph → f, doubled letters
    ["Thomas", "Tomas"], // h muet, final s
    ["Quentin", "Kantin"], // qu → k, en → an
    ["Cécile", "Sesile"], // c before e/i
    ["Georges", "Jorjes"], // g before e
    ["Guérin", "Guerain"], // gu before e stays hard
    ["Rousseau", "Rousso"], // eau → o
    ["Renaud", "Renot"], // au → o, silent final d/t
    ["Lemaître", "Lemetre"], // ai → e
    ["Bonnet", "Bonet"], // doubled n
    ["Agnès", "Anes"], // gn, final s
    ["Le Goff", "Legoff"], // spaces ignored
    ["Zoé", "Soe"], // z → s
    ["Petit", "Petits"], // silent finals
    ["Leclerc", "Leclercq"], // c/q → k
    ["Dupont", "Dupond"], // final t/d
    ["Faure", "Fore"],
    ["Bernard", "Bernar"],
    ["Nguyễn", "Nguyen"],
    ["Lefebvre", "Lefèvre"],
  ])("%s = %s", (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
    expect(phoneticKey(a)).not.toBe("");
  });

  test.each([
    ["Martin", "Martel"],
    ["Dupont", "Durand"],
    ["Lefebvre", "Leroy"],
    ["Garcia", "Garnier"],
  ])("%s ≠ %s", (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  test("quelques clés", () => {
    expect(phoneticKey("Philippe")).toBe("filip");
    expect(phoneticKey("Rousseau")).toBe("ruso");
    expect(phoneticKey("Schmitt")).toBe("xmi");
    expect(phoneticKey("")).toBe("");
  });
});
