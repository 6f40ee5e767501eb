import { describe, expect, test } from "vitest";
import { agrements, sites } from "@/db/schema";
import { actionLabel } from "@/lib/audit/labels";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { queryConvocationList } from "@/lib/jures/convocation-query";
import { exportConvocationList } from "@/lib/jures/export-convocation";
import { listTitreVersionOptions } from "@/lib/jures/queries";
import { createScopeCast, createTitreVersion } from "../fixtures/factories";
import { createHabilitationRow, createJureRow } from "../fixtures/jures";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const LIST = { page: 1, pageSize: 20, sort: "nom" as const, dir: "asc" as const, filters: {} };
const VIEW = { sort: "nom" as const, dir: "asc" as const, filters: {} };

async function setup() {
  const cast = await createScopeCast(t.db);
  const { version } = await createTitreVersion(t.db, { finDeVie: "2027-12-31" });
  const { version: autre } = await createTitreVersion(t.db, { finDeVie: "2027-12-31" });
  const [site] = await t.db
    .insert(sites)
    .values({ centreId: cast.centreGard.id, libelle: "Site principal", adresse: "RUE DU 19 MARS 1962", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
    .returning();
  for (const [nom, departement] of [["NGUYỄN", "30"], ["ØRSTED", "34"], ["LYONNAIS", "69"]] as const) {
    const jure = await createJureRow(t.db, { departement, nomNaissance: nom });
    await createHabilitationRow(t.db, jure.id, version.id, [{ debut: "2020-01-01", fin: "2027-12-31" }]);
  }
  const agrement = (values: Partial<typeof agrements.$inferInsert>) =>
    t.db.insert(agrements).values({ centreId: cast.centreGard.id, titreVersionId: version.id, siteId: site!.id, statut: "acceptee", validFrom: "2025-01-01", validTo: "2026-12-31", ...values });
  const criteria = { titreVersionId: version.id, debut: "2026-03-10", fin: "2026-03-11", centreId: cast.centreGard.id };
  return { cast, version, autre, agrement, criteria };
}

describe("liste des jurés à convoquer : un centre n'y accède qu'avec un agrément valide (R1)", () => {
  test("un centre sans agrément pour cette version n'obtient rien (404), ni page ni export", async () => {
    const { cast, criteria } = await setup();
    expect(await queryConvocationList(cast.centreUser, criteria, LIST, t.db)).toBeNull();
    expect(await exportConvocationList(cast.centreUser, { criteria, versionLabel: "TP" }, VIEW, t.db)).toBeNull();
    expect(await listAuditEventsOfEntity("centre", cast.centreGard.id, t.db)).toEqual([]);
  });

  test.each([
    ["en instruction", { statut: "en_instruction" as const, validFrom: null, validTo: null }],
    ["refusé", { statut: "refusee" as const }],
    ["retiré", { statut: "retiree" as const }],
    ["expiré avant la session", { validTo: "2026-02-28" }],
    ["qui finit pendant la session", { validTo: "2026-03-10" }],
    ["pas encore valide au premier jour", { validFrom: "2026-03-11" }],
  ])("un agrément %s ne suffit pas", async (_, values) => {
    const { cast, agrement, criteria } = await setup();
    await agrement(values);
    expect(await queryConvocationList(cast.centreUser, criteria, LIST, t.db)).toBeNull();
  });

  test("un agrément valide pour une autre version ne donne pas la liste de celle-ci", async () => {
    const { cast, agrement, autre, criteria } = await setup();
    await agrement({ titreVersionId: autre.id });
    expect(await queryConvocationList(cast.centreUser, criteria, LIST, t.db)).toBeNull();
  });

  test("un centre ne demande jamais la liste d'un autre centre, même agréé", async () => {
    const { cast, agrement, criteria } = await setup();
    await agrement({});
    expect(await queryConvocationList(cast.centreUser, { ...criteria, centreId: cast.centreHerault.id }, LIST, t.db)).toBeNull();
  });

  test("avec un agrément valide sur tous les jours de la session, le centre obtient la liste", async () => {
    const { cast, agrement, criteria } = await setup();
    await agrement({});
    const list = await queryConvocationList(cast.centreUser, criteria, LIST, t.db);
    expect(list?.rows.map((r) => r.nomNaissance)).toEqual(["LYONNAIS", "NGUYỄN", "ØRSTED"]);
  });

  test("le choix des versions du centre ne propose que celles de ses agréments acceptés", async () => {
    const { cast, agrement, version, autre } = await setup();
    await agrement({});
    await agrement({ titreVersionId: autre.id, statut: "refusee" });
    expect((await listTitreVersionOptions(t.db, { agreedForCentreId: cast.centreUser.role === "centre" ? cast.centreUser.centreId : "" })).map((o) => o.value)).toEqual([version.id]);
    expect((await listTitreVersionOptions(t.db)).map((o) => o.value).sort()).toEqual([version.id, autre.id].sort());
  });

  test.each(["national", "occitanie", "ud30"] as const)("l'agent %s n'a besoin d'aucun agrément du centre", async (who) => {
    const { cast, criteria } = await setup();
    const list = await queryConvocationList(cast[who], criteria, LIST, t.db);
    expect(list?.total).toBe({ national: 3, occitanie: 2, ud30: 1 }[who]);
  });
});

describe("export de la liste des jurés à convoquer : chaque export est tracé", () => {
  test("le centre agréé exporte : l'historique du centre dit qui, pour quels critères, combien de lignes", async () => {
    const { cast, agrement, criteria, version } = await setup();
    await agrement({});
    const exported = await exportConvocationList(cast.centreUser, { criteria, versionLabel: "TP-90001 Titre de test" }, { ...VIEW, filters: { departement: "30" } }, t.db);
    const rows = [];
    for await (const batch of exported!.pages) rows.push(...batch);
    expect(rows.map((r) => r.nomNaissance)).toEqual(["NGUYỄN"]);
    expect(exported!.total).toBe(1);
    const events = await listAuditEventsOfEntity("centre", cast.centreGard.id, t.db);
    expect(actionLabel(events[0]!.action)).toBe("Export de la liste des jurés à convoquer");
    expect(events).toEqual([
      expect.objectContaining({
        action: "centre.jures_a_convoquer_exportes",
        actorLabel: "Camille FORMATRICE",
        actorRole: "centre",
        after: { titre: "TP-90001 Titre de test", titreVersionId: version.id, du: "2026-03-10", au: "2026-03-11", departement: "30", recherche: null, lignes: 1 },
      }),
    ]);
  });

  test("l'export d'un agent est tracé de même, sur le centre de la session", async () => {
    const { cast, criteria } = await setup();
    const exported = await exportConvocationList(cast.occitanie, { criteria, versionLabel: "TP" }, { ...VIEW, filters: { q: "ørsted" } }, t.db);
    expect(exported!.total).toBe(1);
    const [event] = await listAuditEventsOfEntity("centre", cast.centreGard.id, t.db);
    expect(event).toMatchObject({ actorRole: "regional", after: { recherche: "ørsted", departement: null, lignes: 1 } });
  });
});
