import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { seedCommunes, seedPays } from "@/db/seed/referentiels";
import { seedTerritoires } from "@/db/seed/territoires";
import { searchPays } from "@/lib/communes/pays";
import { getCommuneWithHistory } from "@/lib/communes/queries";
import { searchCommunes, type SearchCommunesInput } from "@/lib/communes/search";
import { openTestDatabase } from "./support/database";

// The real COG (42,412 rows) is loaded once for this file: every test here only reads.
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.transaction(async (tx) => {
    await seedTerritoires(tx);
    await seedCommunes(tx);
    await seedPays(tx);
  });
}, 180_000);
afterAll(async () => {
  await handle?.close();
});

const today = (q: string) => searchCommunes({ q, mode: "current" }, handle.db);
const on = (date: string, q: string) => searchCommunes({ q, mode: "asOf", date }, handle.db);
const first = async (input: Promise<Awaited<ReturnType<typeof today>>>) => (await input)[0];

describe("lieu de naissance : la commune telle qu'elle était à la date de naissance (R6)", () => {
  test("née le 12/05/1990 à Sancey-le-Long (fusionnée en 2016) : l'ancienne commune, son code et son nom à cette date", async () => {
    const [born] = await on("1990-05-12", "Sancey-le-Long");
    expect(born).toMatchObject({ code: "25530", nom: "Sancey-le-Long", validTo: "2016-01-01", label: "Sancey-le-Long — Doubs" });
    expect(born!.status).toBe("fusionnée dans Sancey en 2016");
  });

  test("aujourd'hui, le même nom mène à la commune nouvelle, et la commune nouvelle se trouve par son nom", async () => {
    const [now] = await today("Sancey-le-Long");
    expect(now).toMatchObject({ code: "25529", nom: "Sancey", status: null, formerName: "Sancey-le-Long" });
    expect(await first(today("Sancey"))).toMatchObject({ code: "25529", label: "Sancey (25430) — Doubs" });
    expect((await on("1990-05-12", "Sancey")).map((r) => r.code)).toContain("25530");
  });

  test("une commune déléguée qui garde le code de sa commune nouvelle : Culoz et Culoz-Béon (01138)", async () => {
    const before = await on("2022-06-01", "Culoz");
    expect(before[0]).toMatchObject({ code: "01138", nom: "Culoz", kind: "commune", status: "devenue commune déléguée de Culoz-Béon en 2022" });
    expect(before.map((r) => r.nom)).not.toContain("Culoz-Béon");
    const now = await today("Culoz");
    expect(now.slice(0, 2).map((r) => [r.code, r.nom, r.kind, r.parent])).toEqual([
      ["01138", "Culoz", "deleguee", "commune déléguée de Culoz-Béon"],
      ["01138", "Culoz-Béon", "commune", null],
    ]);
  });

  test("Annecy (74010) avant et après la commune nouvelle de 2017, et Annecy-le-Vieux", async () => {
    const in2010 = await on("2010-01-01", "Annecy");
    expect(in2010.slice(0, 2).map((r) => [r.code, r.nom, r.status])).toEqual([
      ["74010", "Annecy", "devenue commune déléguée d'Annecy en 2017"],
      ["74011", "Annecy-le-Vieux", "devenue commune déléguée d'Annecy en 2017"],
    ]);
    const now = await today("annecy");
    expect(now.slice(0, 3).map((r) => [r.code, r.kind, r.parent])).toEqual([
      ["74010", "commune", null],
      ["74010", "deleguee", "commune déléguée d'Annecy"],
      ["74011", "deleguee", "commune déléguée d'Annecy"],
    ]);
  });

  test("un code repris par une autre commune : 69248 est Thizy en 1990, Thizy-les-Bourgs aujourd'hui", async () => {
    expect(await on("1990-01-01", "69248")).toMatchObject([{ code: "69248", nom: "Thizy", kind: "commune", status: "devenue commune déléguée de Thizy-les-Bourgs en 2013" }]);
    expect((await today("69248")).map((r) => [r.nom, r.kind])).toEqual([
      ["Thizy-les-Bourgs", "commune"],
      ["Thizy", "deleguee"],
    ]);
  });

  test("la Corse avant 1976 (département 20) et après (2A, 2B)", async () => {
    expect(await on("1970-03-01", "Afa")).toContainEqual(
      expect.objectContaining({ code: "20001", label: "Afa — Corse", status: "code remplacé par 2A001 en 1976" }),
    );
    expect(await on("1970-03-01", "20001")).toMatchObject([{ nom: "Afa", departementNom: "Corse" }]);
    expect(await first(today("Afa"))).toMatchObject({ code: "2A001", label: "Afa (20167) — Corse-du-Sud", status: null });
    expect(await today("20001")).toEqual([]);
    expect(await first(today("2a004"))).toMatchObject({ code: "2A004", nom: "Ajaccio", departementNom: "Corse-du-Sud" });
    expect(await first(on("1970-03-01", "ajaccio"))).toMatchObject({ code: "20004", departementCode: "20" });
  });

  test("avant 1943, début de l'historique, la commune est cherchée telle qu'en 1943", async () => {
    expect(await first(on("1930-01-01", "Sancey-le-Long"))).toMatchObject({ code: "25530" });
  });

  test("une commune qui n'existait pas encore à la date n'est pas proposée", async () => {
    expect((await on("2010-01-01", "Culoz-Béon")).map((r) => r.nom)).not.toContain("Culoz-Béon");
  });
});

describe("arrondissements municipaux de Paris, Lyon et Marseille", () => {
  test.each([
    ["paris 15", "75115", "Paris 15e Arrondissement (75015) — Paris", "arrondissement de Paris"],
    ["Lyon 3e", "69383", "Lyon 3e Arrondissement (69003) — Rhône", "arrondissement de Lyon"],
    ["marseille 8e arrondissement", "13208", "Marseille 8e Arrondissement (13008) — Bouches-du-Rhône", "arrondissement de Marseille"],
  ])("« %s » → %s", async (q, code, label, parent) => {
    expect(await first(today(q))).toMatchObject({ code, label, kind: "arrondissement", parent });
  });

  test("un code postal d'arrondissement propose d'abord l'arrondissement, puis la commune", async () => {
    expect((await today("13008")).slice(0, 2).map((r) => r.code)).toEqual(["13208", "13055"]);
  });
});

describe("ce que l'on tape : St/Saint, accents, tirets, fautes, codes", () => {
  test.each(["Saint-Étienne", "st etienne", "SAINT ETIENNE", "St-Étienne", "saint-etiene"])("« %s » → Saint-Étienne (42218) en tête", async (q) => {
    expect(await first(today(q))).toMatchObject({ code: "42218", label: "Saint-Étienne (42000) — Loire" });
  });

  test.each(["Bagnols-sur-Cèze", "bagnols sur ceze", "BAGNOLS SUR CEZE", "Bagnol-sur-Cèze", "bagnols sur cze", "bagnosl-sur-ceze", "30200", "30028"])(
    "« %s » → Bagnols-sur-Cèze (30200) — Gard",
    async (q) => {
      expect((await today(q)).slice(0, 5).map((r) => r.label)).toContain("Bagnols-sur-Cèze (30200) — Gard");
    },
  );

  test("le nom exact passe avant les noms qui le prolongent, puis les noms proches ; à égalité, la plus peuplée", async () => {
    const results = await today("Lyon");
    expect(results[0]).toMatchObject({ code: "69123", nom: "Lyon" });
    expect(results[1]!.nom.startsWith("Lyon ")).toBe(true);
    const homonyms = (await today("Saint-Denis")).filter((r) => r.nom === "Saint-Denis");
    expect(homonyms[0]!.code).toBe("97411");
    expect(homonyms.map((r) => r.departementCode)).toContain("93");
  });

  test("un nom court tapé avec une lettre en trop, en moins, remplacée ou inversée", async () => {
    expect((await today("Bizuo")).map((r) => r.code)).toContain("61046");
    expect((await today("Amnty")).map((r) => r.code)).toContain("55005");
    expect((await today("Vrigny")).map((r) => r.code)).toContain("51657");
  });

  test("un code postal, un code INSEE et un début de code", async () => {
    expect((await today("30200")).map((r) => r.nom)).toEqual(expect.arrayContaining(["Bagnols-sur-Cèze", "Sabran", "Pompignan"]));
    expect((await today("30200")).at(-1)).toMatchObject({ code: "30200", nom: "Pompignan" });
    expect((await today("3002")).every((r) => r.code.startsWith("3002") || r.postalCode?.startsWith("3002"))).toBe(true);
    expect(await today("99999")).toEqual([]);
  });

  test("limitée à un département (la commune d'une UD)", async () => {
    const inGard = await searchCommunes({ q: "bagnols", mode: "current", departementCode: "30" }, handle.db);
    expect(inGard[0]).toMatchObject({ code: "30028" });
    expect(inGard.every((r) => r.departementCode === "30")).toBe(true);
    expect((await today("bagnols"))[0]!.departementCode).not.toBe("30");
  });

  test("au plus 10 résultats ; un texte vide ne cherche rien", async () => {
    expect(await today("saint")).toHaveLength(10);
    expect(await searchCommunes({ q: "saint", mode: "current", limit: 50 } as SearchCommunesInput, handle.db)).toHaveLength(10);
    expect(await today("  -- ")).toEqual([]);
  });

  test("un texte sans rapport ne trouve rien, un « % » est cherché tel quel", async () => {
    expect(await today("xqzwvkj")).toEqual([]);
    expect(await today("%")).toEqual([]);
  });
});

describe("pays de naissance", () => {
  test.each([
    ["allemagne", "Allemagne"],
    ["Algerie", "Algérie"],
    ["etats unis", "États-Unis d'Amérique"],
    ["maroc", "Maroc"],
  ])("« %s » → %s", async (q, nom) => {
    expect((await searchPays(q, handle.db))[0]?.nom).toBe(nom);
  });

  test("au plus 10 pays, et pas la France", async () => {
    expect((await searchPays("e", handle.db)).length).toBeLessThanOrEqual(10);
    expect((await searchPays("France", handle.db)).map((p) => p.code)).not.toContain("FR");
  });
});

describe("fiche et historique d'une commune", () => {
  test("Culoz-Béon : le même code avant et après 2023, et Béon qui l'a rejointe", async () => {
    const culoz = await getCommuneWithHistory("01138", {}, handle.db);
    expect(culoz?.selected).toMatchObject({ nom: "Culoz-Béon", kind: "commune", validTo: null });
    expect(culoz?.history.map((h) => [h.code, h.nom, h.kind, h.relation])).toEqual(
      expect.arrayContaining([
        ["01138", "Culoz", "commune", "meme_code"],
        ["01138", "Culoz-Béon", "commune", "meme_code"],
        ["01138", "Culoz", "deleguee", "meme_code"],
        ["01039", "Béon", "commune", "predecesseur"],
      ]),
    );
    const old = await getCommuneWithHistory("01138", { validFrom: "1943-01-01" }, handle.db);
    expect(old?.selected).toMatchObject({ nom: "Culoz", status: "devenue commune déléguée de Culoz-Béon en 2022" });
    const deleguee = await getCommuneWithHistory("01138", { validFrom: "2023-01-01", kind: "deleguee" }, handle.db);
    expect(deleguee?.selected).toMatchObject({ nom: "Culoz", kind: "deleguee", parent: "commune déléguée de Culoz-Béon" });
  });

  test("Afa avant 1976 : son successeur 2A001 figure dans l'historique", async () => {
    const afa = await getCommuneWithHistory("20001", {}, handle.db);
    expect(afa?.selected).toMatchObject({ nom: "Afa", departementNom: "Corse", status: "code remplacé par 2A001 en 1976" });
    expect(afa?.history.map((h) => [h.code, h.relation])).toEqual([
      ["20001", "meme_code"],
      ["2A001", "successeur"],
    ]);
  });

  test("un code inconnu ou mal formé n'a pas de fiche", async () => {
    expect(await getCommuneWithHistory("99999", {}, handle.db)).toBeNull();
    expect(await getCommuneWithHistory("abc", {}, handle.db)).toBeNull();
  });
});
