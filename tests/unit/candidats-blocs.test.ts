import { describe, expect, test } from "vitest";
import { identityKeys } from "@/lib/candidats/identity";
import { oneDigitDates, swapDayMonth } from "@/lib/candidats/matching/dates";
import { scorePair } from "@/lib/candidats/matching/score";
import { blockOf } from "@/lib/candidats/scan/blocks";
import { findPairsInMemory, type MemoryRecord } from "@/lib/candidats/scan/memory";

const rec = (id: string, nom: string, prenoms: string, date: string, commune: string | null, usage: string | null = null): MemoryRecord => ({
  id,
  ...identityKeys({ nomNaissance: nom, nomUsage: usage, prenoms, naissanceCommuneCode: commune }),
  dateNaissance: date,
});

describe("dates voisines", () => {
  test("jour et mois inversés", () => {
    expect(swapDayMonth("1990-03-12")).toBe("1990-12-03");
    expect(swapDayMonth("1990-03-13")).toBeNull();
    expect(swapDayMonth("1990-04-04")).toBeNull();
  });
  test("dates à un chiffre près, toutes valides", () => {
    const dates = oneDigitDates("1990-03-12");
    expect(dates).toContain("1980-03-12");
    expect(dates).toContain("1990-03-13");
    expect(dates).toContain("1990-08-12");
    expect(dates).not.toContain("1990-03-42");
    expect(dates).not.toContain("1990-03-12");
    expect(oneDigitDates("2000-02-29")).not.toContain("2001-02-29");
  });
});

describe("blocs de l'analyse", () => {
  test("une paire n'est comparée que dans un bloc au plus", () => {
    const a = rec("a", "Lefèvre", "Sophie", "1990-03-12", "30189");
    expect(blockOf(a, rec("b", "Lefevre", "Sophie", "1991-03-12", "75056"))).toBe("nom_prenom");
    expect(blockOf(a, rec("b", "Lefebvre", "Anne", "1990-12-03", "75056"))).toBe("nom_date_inversee");
    expect(blockOf(a, rec("b", "Martin", "Sophie", "1990-03-12", "75056"))).toBe("prenom_date");
    expect(blockOf(a, rec("b", "Martin", "Anne", "1990-03-12", "30189"))).toBe("date_lieu");
    expect(blockOf(a, rec("b", "Martin", "Sophie", "1980-03-12", "30189"))).toBe("prenom_lieu_jour");
    expect(blockOf(a, rec("b", "Martin", "Anne", "1980-03-12", "75056"))).toBeNull();
  });

  test("en mémoire : les paires plantées, pas les jumelles ni les homonymes", () => {
    const records = [
      rec("1", "Lefèvre", "Sophie, Anne", "1990-03-12", "30189"),
      rec("2", "LEFEVRE", "Anne, Sophie", "1990-12-03", "30189"),
      rec("3", "Lefèvre", "Claire", "1990-03-12", "30189"),
      rec("4", "Dubois", "Marie", "1975-06-30", "13055", "Martin"),
      rec("5", "Martin", "Marie", "1975-06-30", "13055"),
      rec("6", "Dubois", "Marie", "1985-01-02", "69123"),
    ];
    const pairs = findPairsInMemory(records);
    expect(pairs.map((p) => `${p.a}-${p.b}`).sort()).toEqual(["1-2", "4-5"]);
    const usage = pairs.find((p) => p.a === "4")!;
    expect(usage.raisons).toContain("nom_usage_comme_naissance");
    expect(usage.score).toBe(scorePair(records[3]!, records[4]!).score);
  });
});
