import { describe, expect, test } from "vitest";
import type { Db } from "@/db/client";
import { agrements, centreTypes, sites } from "@/db/schema";
import { seedNsf, seedTitres } from "@/db/seed/referentiels";
import { seedTerritoires } from "@/db/seed/territoires";
import { canCreateSession } from "@/lib/agrements/can-create-session";
import { loadR1Facts } from "@/lib/agrements/r1-facts";
import { listCentresForUser, TYPE_NON_RENSEIGNE, type CentreListParams } from "@/lib/centres/list-query";
import { createCentre, createScopeCast } from "../fixtures/factories";
import { setFinDeVie, versionId } from "../fixtures/valce-db";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase({
  seedOnce: (db) =>
    db.transaction(async (tx) => {
      await seedTerritoires(tx);
      await seedNsf(tx);
      await seedTitres(tx);
    }),
});
const TODAY = "2026-03-01";
const list = (filters: CentreListParams["filters"] = {}, more: Partial<CentreListParams> = {}): CentreListParams => ({ page: 1, pageSize: 20, sort: "raisonSociale", dir: "asc", filters, ...more });

async function site(db: Db, centreId: string) {
  const [row] = await db.insert(sites).values({ centreId, libelle: "Site", adresse: "1 rue", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" }).returning();
  return row!.id;
}

async function agrement(db: Db, centreId: string, titreVersionId: string, values: Partial<typeof agrements.$inferInsert>) {
  const [row] = await db.insert(agrements).values({ centreId, titreVersionId, siteId: await site(db, centreId), statut: "acceptee", ...values }).returning();
  return row!;
}

async function titreId(db: Db, code: string) {
  const rows = await db.query.titres.findFirst({ where: (titres, { eq }) => eq(titres.code, code) });
  return rows!.id;
}

describe("liste des centres (périmètre R9, filtres, tri, pagination)", () => {
  test.each([
    ["national", ["16 30 FORMATION", "Centre de l'Hérault", "Centre lyonnais"]],
    ["occitanie", ["16 30 FORMATION", "Centre de l'Hérault"]],
    ["ud30", ["16 30 FORMATION"]],
    ["ud34", ["Centre de l'Hérault"]],
    ["auvergne", ["Centre lyonnais"]],
    ["centreUser", ["16 30 FORMATION"]],
  ] as const)("%s voit %j", async (who, names) => {
    const cast = await createScopeCast(t.db);
    const { rows, total } = await listCentresForUser(cast[who], list(), t.db, TODAY);
    expect(rows.map((r) => r.raisonSociale)).toEqual(names);
    expect(total).toBe(names.length);
  });

  test("filtres région, département, type (dont « non renseigné »), réseau et recherche par nom ou SIRET", async () => {
    const cast = await createScopeCast(t.db);
    await createCentre(t.db, { raisonSociale: "CFA des Cévennes", typeCentre: "CFA", reseaux: ["CFA", "CCI"], departementCode: "30" });
    const names = async (filters: CentreListParams["filters"]) => (await listCentresForUser(cast.national, list(filters), t.db, TODAY)).rows.map((r) => r.raisonSociale);
    expect(await names({ region: "84" })).toEqual(["Centre lyonnais"]);
    expect(await names({ departement: "30" })).toEqual(["16 30 FORMATION", "CFA des Cévennes"]);
    expect(await names({ type: "CFA" })).toEqual(["CFA des Cévennes"]);
    expect(await names({ type: TYPE_NON_RENSEIGNE })).toEqual(["16 30 FORMATION", "Centre de l'Hérault", "Centre lyonnais"]);
    expect(await names({ reseau: "CCI" })).toEqual(["CFA des Cévennes"]);
    expect(await names({ q: "cevennes" })).toEqual(["CFA des Cévennes"]);
    expect(await names({ q: "530 600" })).toEqual(["16 30 FORMATION"]);
    expect(await listCentresForUser(cast.auvergne, list({ region: "76" }), t.db, TODAY)).toEqual({ rows: [], total: 0 });
  });

  test("agrément valide pour un titre : accepté et en cours de validité aujourd'hui, quelle que soit la version", async () => {
    const cast = await createScopeCast(t.db);
    const advf = await titreId(t.db, "TP-00391");
    const v2011 = await versionId(t.db, "TP-00391", "2011-03-16");
    const v2023 = await versionId(t.db, "TP-00391", "2023-07-04");
    const autre = await versionId(t.db, "TP-00374", "2012-11-07");
    await agrement(t.db, cast.centreGard.id, v2023, { validFrom: "2024-01-01", validTo: "2028-12-31" });
    await agrement(t.db, cast.centreHerault.id, v2011, { validFrom: "2019-01-01", validTo: "2024-12-31" });
    await agrement(t.db, cast.centreHerault.id, v2023, { statut: "en_instruction" });
    await agrement(t.db, cast.centreRhone.id, v2011, { validFrom: "2020-01-01", validTo: null });
    await agrement(t.db, cast.centreRhone.id, autre, { statut: "retiree", validFrom: "2020-01-01", validTo: "2030-01-01" });
    const names = async (who: "national" | "occitanie" | "ud34", today = TODAY) =>
      (await listCentresForUser(cast[who], list({ validAgrementTitreId: advf }), t.db, today)).rows.map((r) => r.raisonSociale);
    expect(await names("national")).toEqual(["16 30 FORMATION", "Centre lyonnais"]);
    expect(await names("national", "2023-06-01")).toEqual(["Centre de l'Hérault", "Centre lyonnais"]);
    expect(await names("occitanie")).toEqual(["16 30 FORMATION"]);
    expect(await names("ud34")).toEqual([]);
    expect((await listCentresForUser(cast.national, list({ validAgrementTitreId: "pas-un-uuid" }), t.db, TODAY)).total).toBe(0);
  });

  test("tri serveur, pages sans recouvrement et total de la liste filtrée", async () => {
    const cast = await createScopeCast(t.db);
    for (let i = 0; i < 23; i++) await createCentre(t.db, { raisonSociale: `Organisme ${String(i).padStart(2, "0")}` });
    const first = await listCentresForUser(cast.ud30, list({}, { sort: "siret", dir: "desc" }), t.db, TODAY);
    const second = await listCentresForUser(cast.ud30, list({}, { sort: "siret", dir: "desc", page: 2 }), t.db, TODAY);
    expect([first.total, first.rows.length, second.rows.length]).toEqual([24, 20, 4]);
    const sirets = [...first.rows, ...second.rows].map((r) => r.siret);
    expect(sirets).toEqual([...sirets].sort().reverse());
    expect(new Set(sirets).size).toBe(24);
    expect(Object.keys(first.rows[0]!).sort()).toEqual(["codePostal", "communeNom", "departementCode", "departementNom", "id", "raisonSociale", "regionCode", "regionNom", "reseaux", "siret", "typeCentre"]);
  });
});

describe("faits de la règle R1", () => {
  test("les agréments du centre pour cette version seulement, ses types datés et la fin de vie de la version", async () => {
    const cast = await createScopeCast(t.db);
    const v2011 = await versionId(t.db, "TP-00391", "2011-03-16");
    await setFinDeVie(t.db, "TP-00391", "2011-03-16", "2024-12-31");
    const mine = await agrement(t.db, cast.centreGard.id, v2011, { validFrom: "2020-01-01", validTo: "2024-12-31" });
    await agrement(t.db, cast.centreGard.id, await versionId(t.db, "TP-00391", "2023-07-04"), { validFrom: "2024-01-01", validTo: "2028-12-31" });
    await agrement(t.db, cast.centreHerault.id, v2011, { validFrom: "2020-01-01", validTo: "2024-12-31" });
    await t.db.insert(centreTypes).values([
      { centreId: cast.centreGard.id, typeCentre: "CFA", validFrom: "2018-05-01" },
      { centreId: cast.centreGard.id, typeCentre: null, validFrom: "2010-01-01" },
    ]);

    try {
      const facts = await loadR1Facts(cast.centreGard.id, v2011, t.db);
      expect(facts).toEqual({
        finDeVie: "2024-12-31",
        agrements: [{ id: mine.id, statut: "acceptee", siteId: mine.siteId, validFrom: "2020-01-01", validTo: "2024-12-31" }],
        types: [
          { typeCentre: null, validFrom: "2010-01-01" },
          { typeCentre: "CFA", validFrom: "2018-05-01" },
        ],
      });
      // The CFA recorded before the session keeps its 24 months of prolongation after the fin de vie.
      expect(canCreateSession({ ...facts!, date: "2025-06-02", siteId: mine.siteId })).toEqual({ ok: true, agrementId: mine.id, enProlongation: true });
      expect(await loadR1Facts(cast.centreGard.id, "00000000-0000-0000-0000-000000000000", t.db)).toBeNull();
    } finally {
      await setFinDeVie(t.db, "TP-00391", "2011-03-16", null);
    }
  });
});
