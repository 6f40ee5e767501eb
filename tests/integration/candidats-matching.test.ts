import { eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { rowsOf } from "@/db/client";
import { candidatDoublons, candidats, doublonScans } from "@/db/schema";
import { findMatches } from "@/lib/candidats/matching/find-matches";
import { trigramSimilarity } from "@/lib/candidats/matching/similarity";
import { runDuplicateScan, type ScanProgress } from "@/lib/candidats/scan/run-scan";
import { insertCandidats, insertMergedCommunes, type RawCandidat } from "../fixtures/doublons";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

const sophie: RawCandidat = { nomNaissance: "Lefèvre", prenoms: "Sophie, Anne", dateNaissance: "1990-03-12", naissanceCommuneCode: "30189", naissanceCommuneNom: "Nîmes" };

describe("similarité trigrammes : le calcul TypeScript est celui de pg_trgm", () => {
  test("même nombre en SQL et en TypeScript", async () => {
    const pairs = [
      ["dupont", "dupomt"],
      ["nguyen", "nguyen van"],
      ["le goff", "legoff"],
      ["saint etienne", "etienne"],
      ["orsted", "oersted"],
      ["a", "ab"],
      ["martin", "martine"],
      ["de la fontaine", "delafontaine"],
      ["lefevre", "lefebvre"],
      ["x1", "x12"],
    ];
    for (const [a, b] of pairs) {
      const [row] = rowsOf<{ s: number }>(await t.db.execute(sql`select similarity(${a}, ${b})::float8 as s`));
      expect(trigramSimilarity(a!, b!), `${a} / ${b}`).toBeCloseTo(Number(row!.s), 5);
    }
  });
});

describe("contrôle à la création", () => {
  test("la fiche identique est proposée, les fiches proches avec score et raisons", async () => {
    await insertMergedCommunes(t.db);
    const [same, swapped, order, successor, twin, stranger] = await insertCandidats(t.db, [
      sophie,
      { ...sophie, nomNaissance: "LEFEVRE", dateNaissance: "1990-12-03" },
      { ...sophie, prenoms: "Anne Sophie", nomNaissance: "Lefebvre" },
      { ...sophie, naissanceCommuneCode: "49092", nomNaissance: "Dubois", nomUsage: "Lefèvre" },
      { ...sophie, prenoms: "Claire" },
      { ...sophie, nomNaissance: "Martin", prenoms: "Julie" },
    ]);
    const result = await findMatches(t.db, { ...sophie, nomNaissance: "Le Fèvre", naissanceCommuneCode: "30189" });
    expect(result.exact).toBeNull();
    const found = await findMatches(t.db, { ...sophie, nomNaissance: "LEFÈVRE" });
    expect(found.exact?.id).toBe(same);
    const ids = found.proches.map((p) => p.id);
    expect(ids).toContain(swapped);
    expect(ids).toContain(order);
    expect(ids).not.toContain(twin);
    expect(ids).not.toContain(stranger);
    expect(found.proches.find((p) => p.id === swapped)!.raisons).toContain("jour_mois_inverses");

    // Born in 49065 before the merger: the record typed with the commune nouvelle is close.
    const merged = await findMatches(t.db, { ...sophie, nomNaissance: "Dubois", naissanceCommuneCode: "49065", dateNaissance: "1990-03-12" });
    const m = merged.proches.find((p) => p.id === successor);
    expect(m?.raisons).toEqual(expect.arrayContaining(["nom_identique", "commune_successeur"]));
  });

  test("une fiche fusionnée (pierre tombale) n'est jamais proposée", async () => {
    const [survivor, tomb] = await insertCandidats(t.db, [sophie, { ...sophie, dateNaissance: "1990-12-03" }]);
    await t.db.update(candidats).set({ mergedIntoId: survivor }).where(eq(candidats.id, tomb!));
    const found = await findMatches(t.db, { ...sophie, prenoms: "Anne" });
    expect(found.proches.map((p) => p.id)).toEqual([survivor]);
  });
});

describe("analyse des doublons", () => {
  test("trouve les paires plantées, avance jusqu'au total, ne repropose jamais une paire écartée", async () => {
    await insertMergedCommunes(t.db);
    const ids = await insertCandidats(t.db, [
      sophie,
      { ...sophie, dateNaissance: "1990-12-03" }, // swapped day/month
      { nomNaissance: "Nguyễn", prenoms: "Thị Hoa", dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" },
      { nomNaissance: "Nguyen", prenoms: "Hoa, Thi", dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" }, // prénoms order
      { nomNaissance: "Ørsted", prenoms: "Lars", dateNaissance: "1979-02-01", naissanceCommuneCode: "49065", civilite: "Monsieur" },
      { nomNaissance: "Orsted", prenoms: "Lars", dateNaissance: "1979-02-11", naissanceCommuneCode: "49092", civilite: "Monsieur" }, // one digit + successor
      { ...sophie, prenoms: "Claire" }, // twin of the first: not a duplicate
      { nomNaissance: "Durand", prenoms: "Paul", dateNaissance: "1990-03-12", naissanceCommuneCode: "30189", civilite: "Monsieur" },
    ]);
    const pair = (x: string, y: string) => (x < y ? [x, y] : [y, x]);
    const [scan] = await t.db.insert(doublonScans).values({}).returning();
    const seen: ScanProgress[] = [];
    const result = await runDuplicateScan(t.db, scan!.id, (p) => {
      seen.push(p);
    });
    const rows = await t.db.select().from(candidatDoublons);
    const stored = rows.map((r) => [r.candidatAId, r.candidatBId].join("|")).sort();
    const expected = [pair(ids[0]!, ids[1]!), pair(ids[2]!, ids[3]!), pair(ids[4]!, ids[5]!)].map((p) => p.join("|")).sort();
    expect(stored).toEqual(expected);
    expect(rows.find((r) => r.candidatAId === pair(ids[4]!, ids[5]!)[0])!.raisons).toEqual(expect.arrayContaining(["date_un_chiffre", "commune_successeur"]));
    expect(result.paires).toBe(3);
    expect(seen.at(-1)).toMatchObject({ avancement: result.total, total: result.total, paires: 3 });
    const [run] = await t.db.select().from(doublonScans).where(eq(doublonScans.id, scan!.id));
    expect(run).toMatchObject({ statut: "termine", avancement: run!.total, pairesTrouvees: 3 });

    // Dismiss one pair, rescan: it stays dismissed and is not counted again.
    const [a, b] = pair(ids[0]!, ids[1]!);
    await t.db.update(candidatDoublons).set({ statut: "ecarte", score: 0.5 }).where(eq(candidatDoublons.candidatAId, a!));
    const [again] = await t.db.insert(doublonScans).values({}).returning();
    const second = await runDuplicateScan(t.db, again!.id);
    expect(second.paires).toBe(2);
    const dismissed = await t.db.select().from(candidatDoublons).where(eq(candidatDoublons.candidatBId, b!));
    expect(dismissed).toMatchObject([{ statut: "ecarte", score: 0.5 }]);
    expect(await t.db.select().from(candidatDoublons)).toHaveLength(3);
  });
});
