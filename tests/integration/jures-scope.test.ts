import { describe, expect, test } from "vitest";
import { agrements, centreTypes, sites } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { queryConvocationList, type ConvocationCriteria, type ConvocationListParams } from "@/lib/jures/convocation-query";
import { getJureForUser, listJuresForUser } from "@/lib/jures/queries";
import { createScopeCast, createTitreVersion } from "../fixtures/factories";
import { createHabilitationRow, createJureRow, createLienRow } from "../fixtures/jures";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const LIST = { page: 1, pageSize: 20, sort: "nom" as const, dir: "asc" as const, filters: {} };

async function setup() {
  const cast = await createScopeCast(t.db);
  const { version } = await createTitreVersion(t.db, { finDeVie: "2024-06-30" });
  const gard = await createJureRow(t.db, { departement: "30", nomNaissance: "GARDOIS" });
  const herault = await createJureRow(t.db, { departement: "34", nomNaissance: "HERAULTAIS" });
  const rhone = await createJureRow(t.db, { departement: "69", nomNaissance: "LYONNAIS" });
  const forme = await createJureRow(t.db, { departement: "30", nomNaissance: "FORMATEUR" });
  for (const j of [gard, herault, rhone, forme]) await createHabilitationRow(t.db, j.id, version.id, [{ debut: "2020-01-01", fin: "2024-06-30" }]);
  await createLienRow(t.db, forme.id, cast.centreGard.id, { debut: "2021-01-01", fin: null });
  const criteria = { titreVersionId: version.id, debut: "2025-03-10", fin: "2025-03-11", centreId: cast.centreGard.id };
  return { cast, criteria, jures: { gard, herault, rhone, forme } };
}

async function convocation(user: CurrentUser, criteria: ConvocationCriteria, params: ConvocationListParams = LIST) {
  const list = await queryConvocationList(user, criteria, params, t.db);
  expect(list).not.toBeNull();
  return list!;
}

/** The Gard centre as a CFA accepted for the version until its fin de vie: R1 holds in 2025 (24 months of prolongation). */
async function agreeCentreGard(cast: Awaited<ReturnType<typeof createScopeCast>>, titreVersionId: string) {
  const [site] = await t.db
    .insert(sites)
    .values({ centreId: cast.centreGard.id, libelle: "Site principal", adresse: "RUE DU 19 MARS 1962", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
    .returning();
  await t.db.insert(centreTypes).values({ centreId: cast.centreGard.id, typeCentre: "CFA", validFrom: "2019-01-01" });
  await t.db.insert(agrements).values({ centreId: cast.centreGard.id, titreVersionId, siteId: site!.id, statut: "acceptee", validFrom: "2020-01-01", validTo: "2024-06-30" });
}

describe("périmètre des jurés (R9)", () => {
  test.each([
    ["national", ["FORMATEUR", "GARDOIS", "HERAULTAIS", "LYONNAIS"]],
    ["occitanie", ["FORMATEUR", "GARDOIS", "HERAULTAIS"]],
    ["ud30", ["FORMATEUR", "GARDOIS"]],
    ["ud34", ["HERAULTAIS"]],
    ["auvergne", ["LYONNAIS"]],
    ["centreUser", []],
  ] as const)("%s voit la liste %j", async (who, noms) => {
    const { cast } = await setup();
    const { rows, total } = await listJuresForUser(cast[who], LIST, t.db);
    expect(rows.map((r) => r.nomNaissance)).toEqual(noms);
    expect(total).toBe(noms.length);
  });

  test.each([
    ["ud30", "gard", true],
    ["ud30", "herault", false],
    ["occitanie", "herault", true],
    ["auvergne", "gard", false],
    ["centreUser", "forme", false],
  ] as const)("%s ouvre la fiche du juré %s : %s", async (who, which, visible) => {
    const { cast, jures } = await setup();
    expect((await getJureForUser(cast[who], jures[which].id, t.db)) !== null).toBe(visible);
  });
});

describe("liste des jurés à convoquer, par rôle", () => {
  test("un agent régional d'une autre région ne voit aucun des jurés d'Occitanie", async () => {
    const { cast, criteria } = await setup();
    const { rows, total } = await convocation(cast.auvergne, criteria, LIST);
    expect(rows.map((r) => r.nomNaissance)).toEqual(["LYONNAIS"]);
    expect(total).toBe(1);
  });

  test("un agent voit les éligibles d'abord, puis les autres avec leur raison", async () => {
    const { cast, criteria } = await setup();
    const { rows, eligibles } = await convocation(cast.occitanie, criteria, LIST);
    expect(rows.map((r) => [r.nomNaissance, r.eligible, r.raisons])).toEqual([
      ["GARDOIS", true, []],
      ["HERAULTAIS", true, []],
      ["FORMATEUR", false, ["lie_au_centre"]],
    ]);
    expect(eligibles).toBe(2);
    expect(rows[0]).toMatchObject({ dateNaissance: "1975-05-12", finHabilitation: "2026-06-30" });
  });

  test("un utilisateur de centre ne reçoit jamais de donnée de naissance, ni les coordonnées d'un juré non éligible", async () => {
    const { cast, criteria } = await setup();
    await agreeCentreGard(cast, criteria.titreVersionId);
    const { rows } = await convocation(cast.centreUser, criteria, LIST);
    expect(rows.map((r) => [r.nomNaissance, r.eligible])).toEqual([
      ["GARDOIS", true],
      ["HERAULTAIS", true],
      ["LYONNAIS", true],
      ["FORMATEUR", false],
    ]);
    for (const row of rows) {
      expect(Object.keys(row).filter((k) => /naissance/i.test(k))).toEqual(["nomNaissance"]);
      expect(JSON.stringify(row)).not.toContain("1975-05-12");
    }
    expect(rows[0]).toMatchObject({ communeNom: "Nîmes", email: expect.stringContaining("@exemple.fr"), telephone: "06 12 34 56 78" });
    expect(rows[3]).toMatchObject({ communeNom: null, email: null, telephone: null, raisons: ["lie_au_centre"], liensActifs: ["formateur"] });
  });

  test("les filtres (département, nom) et la pagination s'appliquent à la liste entière", async () => {
    const { cast, criteria } = await setup();
    const dep = await convocation(cast.national, criteria, { ...LIST, filters: { departement: "30" } });
    expect(dep.rows.map((r) => r.nomNaissance)).toEqual(["GARDOIS", "FORMATEUR"]);
    const nom = await convocation(cast.national, criteria, { ...LIST, filters: { q: "lyonnais" } });
    expect(nom.rows.map((r) => r.nomNaissance)).toEqual(["LYONNAIS"]);
    const page2 = await convocation(cast.national, criteria, { ...LIST, pageSize: 2, page: 2 });
    expect(page2).toMatchObject({ total: 4, eligibles: 3 });
    expect(page2.rows.map((r) => r.nomNaissance)).toEqual(["LYONNAIS", "FORMATEUR"]);
    const desc = await convocation(cast.national, criteria, { ...LIST, dir: "desc" });
    expect(desc.rows.map((r) => r.nomNaissance)).toEqual(["LYONNAIS", "HERAULTAIS", "GARDOIS", "FORMATEUR"]);
  });
});

describe("liste des jurés : nombre d'habilitations", () => {
  test("compte les habilitations de chaque juré (2, 1 ou aucune), et trie sur ce nombre", async () => {
    const { cast, jures } = await setup();
    const { version: autre } = await createTitreVersion(t.db);
    await createHabilitationRow(t.db, jures.gard.id, autre.id, [{ debut: "2022-01-01", fin: "2026-12-31" }]);
    const sans = await createJureRow(t.db, { departement: "30", nomNaissance: "NGUYỄN", prenoms: "Thị Lan" });
    const { rows } = await listJuresForUser(cast.ud30, { ...LIST, sort: "habilitations", dir: "desc" }, t.db);
    expect(rows.map((r) => [r.nomNaissance, r.habilitations])).toEqual([
      ["GARDOIS", 2],
      ["FORMATEUR", 1],
      [sans.nomNaissance, 0],
    ]);
  });
});
