import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { rowsOf } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { parseListParams } from "@/lib/table/list-params";
import { titreStateOn } from "@/lib/titres/current-version";
import { getTitreForUser, iterateTitresForExport, listNsfOptions, listTitreHistoryForUser, listTitresForUser, titreListSpec } from "@/lib/titres/queries";
import { versionStateSql } from "@/lib/titres/state-sql";
import { versionStateOn, type VersionState } from "@/lib/titres/version-state";
import { createScopeCast, createTitreRow, seedNsfReference, seedTitresReference } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const params = (query: Record<string, string> = {}) => ({ ...parseListParams(query, titreListSpec), pageSize: 100 });
const TODAY = "2026-03-01";

describe("liste des titres, pour chaque rôle", () => {
  test.each(["national", "occitanie", "ud30", "centreUser"] as const)("%s lit toute la liste et chaque fiche (référentiel national)", async (who) => {
    const cast = await createScopeCast(t.db);
    await seedTitresReference(t.db);
    const { rows, total } = await listTitresForUser(cast[who], params(), t.db, TODAY);
    expect(total).toBe(16);
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
    const advf = rows.find((r) => r.code === "TP-00391")!;
    expect(await getTitreForUser(cast[who], advf.id, t.db)).toMatchObject({ code: "TP-00391", intitule: "Assistant(e) de vie aux familles" });
  });

  test("la version en cours est la plus récente par date (non datées en dernier), puis par millésime", async () => {
    const cast = await createScopeCast(t.db);
    await seedTitresReference(t.db);
    const a = await createTitreRow(t.db, { versions: [{ millesime: "05" }, { millesime: "06" }] });
    const b = await createTitreRow(t.db, { versions: [{ millesime: "09", dateVersion: null }, { millesime: null, dateVersion: "2020-01-15" }] });
    const { rows } = await listTitresForUser(cast.national, params(), t.db, TODAY);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get("TP-00391")).toMatchObject({ millesime: "07", versionLabel: "millésime 07 (04/07/2023)", niveau: 3, nsfCode: "330t", etat: "en_vigueur", manquants: [] });
    expect(byCode.get(a.code)!.millesime).toBe("06");
    expect(byCode.get(b.code)!.versionLabel).toBe("version du 15/01/2020");
    expect(byCode.get("TP-01280")).toMatchObject({ niveau: null, manquants: ["niveau", "date de version"] });
    const detail = await getTitreForUser(cast.national, b.id, t.db, TODAY);
    expect(detail!.versions.map((v) => [v.label, v.current])).toEqual([
      ["version du 15/01/2020", true],
      ["millésime 09", false],
    ]);
  });

  test("filtre sans accents ni casse sur le code, l'intitulé et le sigle ; par niveau ; NSF manquant", async () => {
    const cast = await createScopeCast(t.db);
    await seedTitresReference(t.db);
    const sansVersion = await createTitreRow(t.db, { intitule: "Titre sans version" });
    const codes = async (query: Record<string, string>) => (await listTitresForUser(cast.ud30, params(query), t.db, TODAY)).rows.map((r) => r.code);
    expect(await codes({ q: "DEVELOPPEUR" })).toEqual(["TP-01280", "TP-01281"]);
    expect(await codes({ q: "batiment" })).toEqual(["TP-01361"]);
    expect(await codes({ q: "00391" })).toEqual(["TP-00391"]);
    expect(await codes({ q: "advf" })).toEqual(["TP-00391"]);
    expect(await codes({ q: "%" })).toEqual([]);
    expect(await codes({ niveau: "4" })).toEqual(["TP-00374", "TP-00402"]);
    expect(await codes({ niveau: "9" })).toHaveLength(17);
    const manquants = await codes({ nsf: "manquant" });
    expect(manquants).toContain(sansVersion.code);
    expect(manquants).not.toContain("TP-00391");
    expect(manquants).toHaveLength(13);
  });

  test("trie par niveau (sans niveau en dernier) et pagine côté serveur", async () => {
    const cast = await createScopeCast(t.db);
    await seedTitresReference(t.db);
    const page1 = await listTitresForUser(cast.national, { ...params({ tri: "niveau", ordre: "desc" }), pageSize: 20 }, t.db, TODAY);
    expect(page1.rows.slice(0, 4).map((r) => r.niveau)).toEqual([6, 4, 4, 3]);
    expect(page1.rows.at(-1)!.niveau).toBeNull();
    const small = await listTitresForUser(cast.national, { ...params({ page: "2" }), pageSize: 10 }, t.db, TODAY);
    expect(small.total).toBe(16);
    expect(small.rows).toHaveLength(6);
  });

  test("l'export parcourt toute la liste filtrée, par lots", async () => {
    const cast = await createScopeCast(t.db);
    await seedTitresReference(t.db);
    const seen: string[] = [];
    for await (const batch of iterateTitresForExport(cast.centreUser, { nsf: "manquant" }, 4, t.db, TODAY)) seen.push(...batch.map((r) => r.code));
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen).toEqual([...seen].sort());
  });
});

describe("état en SQL et état calculé : les mêmes, y compris les jours limites", () => {
  const cases: [string | null, string][] = [
    [null, "2026-03-01"],
    ["2026-03-01", "2026-03-01"],
    ["2026-02-28", "2026-03-01"],
    ["2024-03-01", "2026-03-01"],
    ["2024-02-29", "2026-02-28"],
    ["2024-02-29", "2026-03-01"],
    ["2024-02-28", "2026-02-28"],
    ["2024-02-28", "2026-03-01"],
    ["2023-12-31", "2025-12-31"],
    ["2023-12-31", "2026-01-01"],
    ["2024-08-31", "2026-08-31"],
  ];

  test.each([24, 12, 0])("expression SQL avec %i mois de prolongation", async (months) => {
    for (const [finDeVie, today] of cases) {
      const [row] = rowsOf<{ etat: VersionState }>(await t.db.execute(sql`select ${versionStateSql(sql`${finDeVie}::date`, today, months)} as etat`));
      expect(row!.etat, `${finDeVie} le ${today}`).toBe(versionStateOn(finDeVie, today, months));
    }
  });

  test("le filtre par état rend exactement les titres que la fonction pure classe dans cet état", async () => {
    const cast = await createScopeCast(t.db);
    await seedNsfReference(t.db);
    const fins = ["2026-03-01", "2026-02-28", "2024-03-01", "2024-02-29", "2024-02-28", "2023-03-01", null];
    for (const finDeVie of fins) await createTitreRow(t.db, { versions: [{ dateVersion: "2020-01-01", finDeVie }] });
    await createTitreRow(t.db, { intitule: "Sans version" });
    const all = await listTitresForUser(cast.occitanie, params(), t.db, TODAY);
    for (const etat of ["en_vigueur", "en_prolongation", "expire"] as const) {
      const { rows } = await listTitresForUser(cast.occitanie, params({ etat }), t.db, TODAY);
      const expected = all.rows.filter((r) => titreStateOn(r.versionId ? r : null, TODAY) === etat).map((r) => r.code);
      expect(rows.map((r) => r.code), etat).toEqual(expected);
      expect(rows.every((r) => r.etat === etat)).toBe(true);
    }
    const counts: Record<string, number> = {};
    for (const r of all.rows) counts[r.etat ?? "aucun"] = (counts[r.etat ?? "aucun"] ?? 0) + 1;
    expect(counts).toEqual({ en_vigueur: 2, en_prolongation: 2, expire: 3, aucun: 1 });
    const sorted = await listTitresForUser(cast.occitanie, params({ tri: "etat", ordre: "asc" }), t.db, TODAY);
    expect(sorted.rows.map((r) => r.etat)).toEqual(["en_vigueur", "en_vigueur", "en_prolongation", "en_prolongation", "expire", "expire", "expire", null]);
  });
});

describe("fiche d'un titre", () => {
  test("versions, NSF avec libellé, état, fin de prolongation et CCP dans l'ordre", async () => {
    const cast = await createScopeCast(t.db);
    await seedNsfReference(t.db);
    const titre = await createTitreRow(t.db, {
      versions: [{ millesime: "02", dateVersion: "2019-05-01", niveau: 4, nsfCode: "334t", finDeVie: "2024-02-29", ccps: ["Accueillir", "Conseiller", "Vendre"] }],
    });
    const detail = await getTitreForUser(cast.centreUser, titre.id, t.db, "2026-02-28");
    expect(detail!.versions[0]).toMatchObject({
      nsfLibelle: "Réception, hébergement, service de restauration, accompagnement",
      etat: "en_prolongation",
      finProlongation: "2026-02-28",
      manquants: [],
    });
    expect(detail!.versions[0]!.ccps.map((c) => [c.numero, c.libelle])).toEqual([
      [1, "Accueillir"],
      [2, "Conseiller"],
      [3, "Vendre"],
    ]);
  });

  test("un identifiant inconnu ou mal formé est introuvable", async () => {
    const cast = await createScopeCast(t.db);
    expect(await getTitreForUser(cast.national, "00000000-0000-0000-0000-000000000000", t.db)).toBeNull();
    expect(await getTitreForUser(cast.national, "import", t.db)).toBeNull();
    expect(await listTitreHistoryForUser(cast.national, "pas-un-uuid", t.db)).toBeNull();
  });

  test("l'historique du titre regroupe ses événements, et seulement les siens", async () => {
    const cast = await createScopeCast(t.db);
    const a = await createTitreRow(t.db);
    const b = await createTitreRow(t.db);
    await recordAudit(t.db, cast.national, { action: "titre.modifie", entityType: "titre", entityId: a.id, after: { sigle: "X" } });
    await recordAudit(t.db, cast.national, { action: "ccp.ajoute", entityType: "titre", entityId: a.id, after: { numero: 1 } });
    await recordAudit(t.db, cast.national, { action: "titre.modifie", entityType: "titre", entityId: b.id, after: { sigle: "Y" } });
    const history = await listTitreHistoryForUser(cast.ud34, a.id, t.db);
    expect(history!.events.map((e) => e.action).sort()).toEqual(["ccp.ajoute", "titre.modifie"]);
  });

  test("les suggestions NSF sont les groupes et les codes groupe + lettre", async () => {
    await seedNsfReference(t.db);
    const options = await listNsfOptions(t.db);
    expect(options.map((o) => o.code)).toContain("330t");
    expect(options.map((o) => o.code)).toContain("330");
    expect(options.every((o) => /^\d{3}[a-z]?$/.test(o.code))).toBe(true);
  });
});
