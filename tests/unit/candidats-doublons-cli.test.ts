import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { readCandidatsFile } from "@/lib/candidats/matching/file";
import { readCsv } from "@/lib/import/csv";
import { main } from "../../scripts/candidats-doublons";

const fixture = path.join(import.meta.dirname, "../fixtures/candidats/doublons-windows-1252.csv");

describe("npm run candidats:doublons", () => {
  test("le fichier Windows-1252 est lu avec ses accents, Œ et l'apostrophe typographique", () => {
    const bytes = new Uint8Array(readFileSync(fixture));
    expect(bytes.includes(0x8c)).toBe(true); // Œ
    expect(bytes.includes(0x92)).toBe(true); // ’
    const read = readCandidatsFile(bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.encoding).toBe("Windows-1252");
    expect(read.candidats.find((c) => c.id === "B1")).toMatchObject({ nomNaissance: "Œuvrard", nomNaissanceNormalise: "oeuvrard" });
    expect(read.candidats.find((c) => c.id === "C1")).toMatchObject({ nomUsageNormalise: "l hote" });
    expect(read.candidats.find((c) => c.id === "F1")).toMatchObject({ lieuNaissanceCle: "p:99109|dusseldorf" });
    expect(read.rejets).toEqual([{ ligne: 9, raison: "date de naissance illisible « 31/02/1980 » (JJ/MM/AAAA)" }]);
  });

  test("écrit les paires avec score et raisons", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ceres-doublons-"));
    const sortie = path.join(dir, "paires.csv");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await main(["--entree", fixture, "--sortie", sortie])).toBe(0);
    log.mockRestore();
    err.mockRestore();
    const lines = readFileSync(sortie, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe('"identifiant_a";"ligne_a";"nom_a";"prenoms_a";"date_a";"identifiant_b";"ligne_b";"nom_b";"prenoms_b";"date_b";"score";"raisons";"libelles"');
    const csv = readCsv(readFileSync(sortie, "utf8"), ";");
    if (!csv.ok) throw new Error(csv.message);
    const pairs = csv.rows.map((r) => r.cells);
    expect(pairs.map((p) => `${p[0]}-${p[5]}`).sort()).toEqual(["A1-A2", "B1-B2", "C1-C2"]);
    const a = pairs.find((p) => p[0] === "A1")!;
    expect(a[11]).toBe("nom_identique,prenoms_ordre,jour_mois_inverses,lieu_identique");
    expect(a[12]).toContain("Jour et mois de naissance inversés");
    expect(pairs.find((p) => p[0] === "B1")![11]).toContain("lieu_manquant");
    expect(pairs.find((p) => p[0] === "C1")![11]).toContain("nom_usage_comme_naissance");
  });

  test("sans --entree : usage et code 2", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await main(["--sortie", "x.csv"])).toBe(2);
    err.mockRestore();
  });
});
