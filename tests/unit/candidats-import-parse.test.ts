import { describe, expect, test } from "vitest";
import { parseCandidatsFile } from "@/lib/candidats/import/parse";
import { windows1252 } from "../fixtures/windows-1252";

const encode = (text: string) => new TextEncoder().encode(text);

describe("lecture du fichier des candidats d'une session", () => {
  test("colonnes dans n'importe quel ordre et casse, civilités et parcours abrégés, naissance à l'étranger", () => {
    const parsed = parseCandidatsFile(encode("PARCOURS;Prenoms;nom_naissance;civilite;date_naissance;pays_naissance_code;ville_naissance\nCapitalisation de CCP;Văn Minh;Nguyễn;H;12/03/1990;99243;Hà Nội\nvae;Anne;Ørsted;F;01/01/1980;;"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lines[0]).toMatchObject({ line: 2, parcours: "capitalisation", input: { civilite: "Monsieur", nomNaissance: "Nguyễn", lieuNaissance: "etranger", naissancePaysCode: "99243", naissanceVille: "Hà Nội" } });
    expect(parsed.lines[1]).toMatchObject({ line: 3, parcours: "vae", input: { civilite: "Madame", lieuNaissance: "france", naissanceCommuneCode: "" } });
  });

  test("Windows-1252 d'Excel : ’ et Œ lus correctement", () => {
    const parsed = parseCandidatsFile(windows1252("civilite;nom_naissance;prenoms;date_naissance;commune_naissance_code;parcours\nMme;D’ŒUVRAY;Zoé;12/03/1990;30189;formation continue"));
    expect(parsed.ok && parsed.encoding).toBe("Windows-1252");
    expect(parsed.ok && parsed.lines[0]).toMatchObject({ parcours: "formation_continue", input: { nomNaissance: "D’ŒUVRAY", prenoms: "Zoé" } });
  });

  test.each([
    ["nom_naissance;prenoms\nMartin;Sophie", "Colonnes manquantes : civilite, date_naissance, parcours"],
    ["civilite;nom_naissance;prenoms;date_naissance;parcours\n", "aucune ligne"],
  ])("refuse un fichier incomplet", (text, message) => {
    const parsed = parseCandidatsFile(encode(text));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });

  test("un parcours inconnu est signalé sur sa ligne", () => {
    const parsed = parseCandidatsFile(encode("civilite;nom_naissance;prenoms;date_naissance;parcours\nMme;Martin;Sophie;12/03/1990;stage"));
    expect(parsed.ok && parsed.lines[0]).toMatchObject({ parcours: null, parcoursSaisi: "stage" });
  });
});
