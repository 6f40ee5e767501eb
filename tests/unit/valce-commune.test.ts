import { describe, expect, test } from "vitest";
import { indexCommunes, resolveCommune, type CommuneCandidate } from "@/lib/agrements/valce/resolve-commune";
import { normalizeName } from "@/lib/text/normalize";
import { sampleCommunes } from "../fixtures/valce";

const tuffalun: CommuneCandidate[] = [
  { code: "49003", nom: "Tuffalun", kind: "commune", parentCode: null, departementCode: "49", regionCode: "52", postalCodes: ["49700"], searchName: normalizeName("Tuffalun") },
  { code: "49003", nom: "Ambillou-Château", kind: "deleguee", parentCode: "49003", departementCode: "49", regionCode: "52", postalCodes: ["49700"], searchName: normalizeName("Ambillou-Château") },
];
const index = indexCommunes([...sampleCommunes, ...tuffalun]);

describe("commune d'un site à partir du code postal et du nom", () => {
  test.each([
    ["30200", "BAGNOLS SUR CEZE", "30028", "Bagnols-sur-Cèze", "30", "76"],
    ["30200", "Bagnols-sur-Cèze", "30028", "Bagnols-sur-Cèze", "30", "76"],
    ["30130", "PONT-ST-ESPRIT", "30202", "Pont-Saint-Esprit", "30", "76"],
    ["30 100", "alès", "30007", "Alès", "30", "76"],
    ["69003", "LYON", "69123", "Lyon", "69", "84"],
    ["69003", "Lyon 3e Arrondissement", "69123", "Lyon", "69", "84"],
    ["49700", "AMBILLOU CHATEAU", "49003", "Tuffalun", "49", "52"],
  ])("%s %s → %s %s (%s, région %s)", (cp, nom, code, communeNom, departementCode, regionCode) => {
    expect(resolveCommune(index, cp, nom)).toEqual({ ok: true, commune: { code, nom: communeNom, departementCode, regionCode } });
  });

  test.each([
    ["3020", "BAGNOLS", "Code postal « 3020 » invalide (5 chiffres)."],
    ["75001", "PARIS", "Code postal 75001 inconnu des communes actuelles couvertes par CERES (métropole et DROM) : la commune du site ne peut pas être déterminée."],
    ["30200", "NÎMES", "Commune « NÎMES » introuvable pour le code postal 30200 (communes de ce code postal : Bagnols-sur-Cèze, Sabran)."],
  ])("%s %s : %s", (cp, nom, message) => {
    expect(resolveCommune(index, cp, nom)).toEqual({ ok: false, message });
  });
});
