import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { agrements, auditEvents, centres, communes, sites } from "@/db/schema";
import { applyValceImport, previewValceImport } from "@/lib/agrements/valce/apply";
import type { CurrentUser } from "@/lib/auth/current-user";
import { asCurrentUser, createCentre, createUserRow } from "../fixtures/factories";
import { readValceFixture, VALCE_CP1252, VALCE_UTF8_BOM } from "../fixtures/valce";
import { importCounts, seedValceReferentiels, versionId } from "../fixtures/valce-db";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase({ seedOnce: seedValceReferentiels });
const FILE = readValceFixture(VALCE_CP1252);

async function dreetsOccitanie(): Promise<CurrentUser> {
  return asCurrentUser(await createUserRow(t.db, { role: "regional", regionCode: "76", prenom: "Raphaël", nom: "RÉGIONAL" }));
}

async function previewThenApply(user: CurrentUser, bytes = FILE, name = VALCE_CP1252) {
  const preview = await previewValceImport(user, bytes, name, t.db);
  if (!preview.ok) throw new Error(preview.message);
  const applied = await applyValceImport(user, bytes, preview.data.digest, name, t.db);
  return { preview: preview.data, applied };
}

describe("application de l'import VALCE", () => {
  test("un agent de la DREETS Occitanie applique l'exemple : 6 agréments, 3 centres, 4 sites, le tout audité", async () => {
    const user = await dreetsOccitanie();
    const { preview, applied } = await previewThenApply(user);
    expect(preview.encoding).toBe("Windows-1252");
    expect(applied).toEqual({ ok: true, data: { lignes: 14, creations: 6, misesAJour: 0, inchangees: 0, rejets: 8, centresCrees: 3, sitesCrees: 4 } });

    const rows = await t.db
      .select({ legacyRef: agrements.legacyRef, statut: agrements.statut, source: agrements.source, validTo: agrements.validTo, siret: centres.siret, commune: sites.communeNom })
      .from(agrements)
      .innerJoin(centres, eq(centres.id, agrements.centreId))
      .innerJoin(sites, eq(sites.id, agrements.siteId))
      .orderBy(asc(agrements.legacyRef));
    expect(rows).toEqual([
      { legacyRef: "VALCE-2019-00412", statut: "acceptee", source: "valce", validTo: "2024-09-30", siret: "53060076600022", commune: "Bagnols-sur-Cèze" },
      { legacyRef: "VALCE-2021-00554", statut: "acceptee", source: "valce", validTo: "2026-06-30", siret: "79015862000027", commune: "Alès" },
      { legacyRef: "VALCE-2022-00871", statut: "refusee", source: "valce", validTo: null, siret: "81427395900019", commune: "Montpellier" },
      { legacyRef: "VALCE-2023-01187", statut: "acceptee", source: "valce", validTo: "2028-10-14", siret: "53060076600022", commune: "Bagnols-sur-Cèze" },
      { legacyRef: "VALCE-2024-00033", statut: "en_instruction", source: "valce", validTo: null, siret: "53060076600022", commune: "Bagnols-sur-Cèze" },
      { legacyRef: "VALCE-2024-00118", statut: "acceptee", source: "valce", validTo: "2029-03-31", siret: "53060076600022", commune: "Pont-Saint-Esprit" },
    ]);
    const [bagnols] = await t.db.select().from(centres).where(eq(centres.siret, "53060076600022"));
    expect(bagnols).toMatchObject({ raisonSociale: "16 30 FORMATION", communeCode: "30028", departementCode: "30", regionCode: "76", typeCentre: null });

    const events = await t.db.select({ action: auditEvents.action, entityType: auditEvents.entityType, reason: auditEvents.reason, actorId: auditEvents.actorId }).from(auditEvents);
    const tally = (type: string, action: string) => events.filter((e) => e.entityType === type && e.action === action).length;
    expect([tally("agrement", "agrement.importe"), tally("centre", "centre.cree"), tally("centre", "site.cree")]).toEqual([6, 3, 4]);
    expect(events.every((e) => e.reason === `Import VALCE du fichier « ${VALCE_CP1252} »` && e.actorId === user.id)).toBe(true);
  });

  test("réimporter le même fichier, ou sa copie UTF-8 avec BOM, ne change rien : tout est « inchangé »", async () => {
    const user = await dreetsOccitanie();
    await previewThenApply(user);
    const before = await importCounts(t.db);
    const [stamp] = await t.db.select({ updatedAt: agrements.updatedAt, version: agrements.version }).from(agrements).where(eq(agrements.legacyRef, "VALCE-2019-00412"));

    for (const [name, bytes] of [[VALCE_CP1252, FILE], [VALCE_UTF8_BOM, readValceFixture(VALCE_UTF8_BOM)]] as const) {
      const again = await previewThenApply(user, bytes, name);
      expect(again.preview.outcomes.filter((o) => o.action !== "rejet").every((o) => o.action === "inchange" && o.centre === "existant" && o.siteAction === "existant")).toBe(true);
      expect(again.applied).toEqual({ ok: true, data: { lignes: 14, creations: 0, misesAJour: 0, inchangees: 6, rejets: 8, centresCrees: 0, sitesCrees: 0 } });
    }
    expect(await importCounts(t.db)).toEqual(before);
    const [after] = await t.db.select({ updatedAt: agrements.updatedAt, version: agrements.version }).from(agrements).where(eq(agrements.legacyRef, "VALCE-2019-00412"));
    expect(after).toEqual(stamp);
  });

  test("R8 : un agrément importé en instruction devient accepté quand VALCE dit « Acceptée », quel que soit son état VALCE", async () => {
    const user = await dreetsOccitanie();
    const centre = await createCentre(t.db, { siret: "53060076600022", raisonSociale: "16 30 FORMATION", adresse: "RUE DU 19 MARS 1962 IMMEUBLE LE 1" });
    const [site] = await t.db
      .insert(sites)
      .values({ centreId: centre.id, libelle: "Bagnols", adresse: "Rue du 19 mars 1962 immeuble Le 1", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
      .returning();
    const [stored] = await t.db
      .insert(agrements)
      .values({ centreId: centre.id, siteId: site!.id, titreVersionId: await versionId(t.db, "TP-00391", "2011-03-16"), statut: "en_instruction", source: "valce", legacyRef: "VALCE-2019-00412" })
      .returning();

    const { preview, applied } = await previewThenApply(user);
    expect(preview.outcomes.find((o) => o.line === 2)).toMatchObject({ action: "mise_a_jour", centre: "existant", siteAction: "existant" });
    expect(applied.ok && applied.data).toMatchObject({ creations: 5, misesAJour: 1, centresCrees: 2, sitesCrees: 3 });

    const [updated] = await t.db.select().from(agrements).where(eq(agrements.id, stored!.id));
    expect(updated).toMatchObject({ statut: "acceptee", dateDecision: "2019-09-12", validFrom: "2019-10-01", validTo: "2024-09-30", version: 2, siteId: site!.id });
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, stored!.id));
    expect(event).toMatchObject({
      action: "agrement.modifie_import",
      entityType: "agrement",
      before: { statut: "en_instruction", dateDecision: null, validFrom: null, validTo: null },
      after: { statut: "acceptee", dateDecision: "2019-09-12", validFrom: "2019-10-01", validTo: "2024-09-30" },
    });
  });

  test("un export national de plus de 200 codes postaux retrouve chaque commune ; une collectivité d'outre-mer est rejetée", async () => {
    const national = asCurrentUser(await createUserRow(t.db, { role: "national" }));
    const places = await t.db
      .selectDistinctOn([sql`${communes.postalCodes}[1]`], { nom: communes.nom, codePostal: sql<string>`${communes.postalCodes}[1]`, code: communes.code })
      .from(communes)
      .where(and(isNull(communes.validTo), eq(communes.kind, "commune"), sql`cardinality(${communes.postalCodes}) = 1`, sql`${communes.departementCode} < '96'`))
      .orderBy(sql`${communes.postalCodes}[1]`)
      .limit(260);
    const header = "Identifiant VALCE;SIRET;Raison sociale;Code titre;Date de version;Adresse du site;Code postal;Commune;Décision;Date de décision;Début de validité;Fin de validité";
    const lines = places.map((p, i) => `VALCE-N-${i};53060076600022;16 30 FORMATION;TP-00391;04/07/2023;${i + 1} GRANDE RUE;${p.codePostal};${p.nom.toUpperCase()};En cours d'instruction;;;`);
    lines.push("VALCE-N-COM;53060076600022;16 30 FORMATION;TP-00391;04/07/2023;RUE DE LA PLAGE;97133;SAINT-BARTHÉLEMY;En cours d'instruction;;;");
    const preview = await previewValceImport(national, new TextEncoder().encode([header, ...lines].join("\n")), "national.csv", t.db);
    if (!preview.ok) throw new Error(preview.message);
    expect(places.length).toBeGreaterThan(200);
    expect(preview.data.summary).toMatchObject({ creations: places.length, rejets: 1, centresCrees: 1, sitesCrees: places.length });
    expect(preview.data.outcomes.at(-1)!.reasons).toEqual(["Code postal 97133 inconnu des communes actuelles couvertes par CERES (métropole et DROM) : la commune du site ne peut pas être déterminée."]);
  });
});
