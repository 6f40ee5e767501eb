import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, centres } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { createCentre } from "@/lib/centres/create-centre";
import { getCentreForUser, listSitesOfCentre, listTypeHistoryOfCentre } from "@/lib/centres/queries";
import { saveSite } from "@/lib/centres/save-site";
import { centreSchema, centreTypeSchema, representantSchema, siteSchema, updateCentreSchema } from "@/lib/centres/schemas";
import { setCentreType } from "@/lib/centres/set-centre-type";
import { updateCentre } from "@/lib/centres/update-centre";
import { updateRepresentant } from "@/lib/centres/update-representant";
import { createScopeCast, seedSomeCommunes } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const cast = async () => {
  const c = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  return c;
};
const newCentre = (over: Record<string, unknown> = {}) =>
  centreSchema.parse({ siret: "73282932000074", raisonSociale: "GRETA DU GARD", adresse: "1 rue des Écoles", codePostal: "30000", communeCode: "30189", reseaux: ["GRETA"], ...over });

describe("création d'un centre", () => {
  test("un agent d'UD crée un centre de son département ; la région et le département viennent de la commune", async () => {
    const c = await cast();
    const result = await createCentre(c.ud30, newCentre(), t.db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const centre = await getCentreForUser(c.ud30, result.data.id, t.db);
    expect(centre).toMatchObject({ communeNom: "Nîmes", regionCode: "76", departementCode: "30", typeCentre: null, reseaux: ["GRETA"] });
    expect((await listAuditEventsOfEntity("centre", result.data.id, t.db))[0]).toMatchObject({ action: "centre.cree" });
  });

  test("un agent d'UD ne crée pas de centre dans un autre département, un centre ne crée pas de centre", async () => {
    const c = await cast();
    const outside = await createCentre(c.ud30, newCentre({ codePostal: "34000", communeCode: "34172" }), t.db);
    expect(outside).toMatchObject({ ok: false, fieldErrors: { communeCode: [expect.stringContaining("hors de votre périmètre")] } });
    expect((await createCentre(c.centreUser, newCentre(), t.db)).ok).toBe(false);
    expect(await t.db.$count(centres)).toBe(3);
  });

  test("refuse un SIRET déjà enregistré, un code postal qui n'est pas celui de la commune", async () => {
    const c = await cast();
    const duplicate = await createCentre(c.occitanie, newCentre({ siret: "53060076600022" }), t.db);
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { siret: ["Un centre est déjà enregistré avec ce SIRET."] } });
    const wrongPostal = await createCentre(c.occitanie, newCentre({ codePostal: "30200" }), t.db);
    expect(wrongPostal).toMatchObject({ ok: false, fieldErrors: { codePostal: ["Ce code postal n'est pas celui de Nîmes (30000, 30900)."] } });
  });

  test("le schéma refuse un SIRET invalide avec le message de la règle", () => {
    const parsed = centreSchema.safeParse({ siret: "53060076600023", raisonSociale: "X", adresse: "Y", codePostal: "30200", communeCode: "30028" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Ce SIRET n'est pas valide (clé de contrôle) : vérifiez sa saisie.");
  });
});

describe("périmètre et droits sur un centre (R9)", () => {
  test("un agent d'une autre région ne voit pas les centres d'Occitanie ; un centre ne voit pas un autre centre", async () => {
    const c = await cast();
    expect(await getCentreForUser(c.auvergne, c.centreGard.id, t.db)).toBeNull();
    expect(await getCentreForUser(c.centreUser, c.centreHerault.id, t.db)).toBeNull();
    expect(await getCentreForUser(c.centreUser, c.centreGard.id, t.db)).not.toBeNull();
  });

  test("un utilisateur de centre modifie son représentant, mais ni l'identité ni le type", async () => {
    const c = await cast();
    const rep = await updateRepresentant(c.centreUser, representantSchema.parse({ id: c.centreGard.id, version: 1, civilite: "Madame", nom: "DUPONT", prenom: "Anne", fonction: "Directrice", email: "anne.dupont@1630.fr", telephone: "04 66 00 00 00" }), t.db);
    expect(rep.ok).toBe(true);
    const identity = await updateCentre(c.centreUser, updateCentreSchema.parse({ id: c.centreGard.id, version: 2, raisonSociale: "AUTRE NOM", adresse: "x", codePostal: "30200", communeCode: "30028" }), t.db);
    expect(identity.ok).toBe(false);
    const type = await setCentreType(c.centreUser, centreTypeSchema.parse({ id: c.centreGard.id, version: 2, typeCentre: "CFA", validFrom: "2020-01-01" }), t.db);
    expect(type.ok).toBe(false);
    const centre = await getCentreForUser(c.centreUser, c.centreGard.id, t.db);
    expect(centre).toMatchObject({ raisonSociale: "16 30 FORMATION", typeCentre: null, representantNom: "DUPONT", version: 2 });
  });

  test("un agent d'une autre région ne peut rien modifier : introuvable, rien n'est écrit", async () => {
    const c = await cast();
    const before = await t.db.$count(auditEvents);
    const result = await updateRepresentant(c.auvergne, representantSchema.parse({ id: c.centreGard.id, version: 1, civilite: "", nom: "X", prenom: "Y", fonction: "", email: "", telephone: "" }), t.db);
    expect(result).toMatchObject({ ok: false, message: "Ce centre est introuvable." });
    expect(await t.db.$count(auditEvents)).toBe(before);
  });
});

describe("type de centre daté", () => {
  test("l'historique des types est conservé ; le type actuel est celui qui s'applique aujourd'hui", async () => {
    const c = await cast();
    const first = await setCentreType(c.ud30, centreTypeSchema.parse({ id: c.centreGard.id, version: 1, typeCentre: "CFA", validFrom: "2019-09-01" }), t.db, "2026-11-30");
    expect(first.ok).toBe(true);
    const future = await setCentreType(c.ud30, centreTypeSchema.parse({ id: c.centreGard.id, version: 2, typeCentre: "Autre", validFrom: "2027-01-01" }), t.db, "2026-11-30");
    expect(future.ok).toBe(true);
    const history = await listTypeHistoryOfCentre(c.centreGard.id, t.db);
    expect(history.map((h) => [h.typeCentre, h.validFrom])).toEqual([["CFA", "2019-09-01"], ["Autre", "2027-01-01"]]);
    const [row] = await t.db.select({ typeCentre: centres.typeCentre }).from(centres).where(eq(centres.id, c.centreGard.id));
    expect(row!.typeCentre).toBe("CFA");
  });

  test("deux agents enregistrent un type sur la même version : le second est refusé", async () => {
    const c = await cast();
    const results = await Promise.all([
      setCentreType(c.ud30, centreTypeSchema.parse({ id: c.centreGard.id, version: 1, typeCentre: "CFA", validFrom: "2019-09-01" }), t.db),
      setCentreType(c.occitanie, centreTypeSchema.parse({ id: c.centreGard.id, version: 1, typeCentre: "CRP", validFrom: "2019-09-01" }), t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await listTypeHistoryOfCentre(c.centreGard.id, t.db)).toHaveLength(1);
  });
});

describe("sites", () => {
  test("un centre ajoute puis modifie un site ; une commune qui n'existe plus est refusée", async () => {
    const c = await cast();
    const created = await saveSite(c.centreUser, siteSchema.parse({ centreId: c.centreGard.id, libelle: "Plateau technique", adresse: "2 avenue de la Gare", codePostal: "30200", communeCode: "30028" }), t.db);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const updated = await saveSite(c.centreUser, siteSchema.parse({ centreId: c.centreGard.id, id: created.data.id, version: 1, libelle: "Plateau technique n° 1", adresse: "2 avenue de la Gare", codePostal: "30200", communeCode: "30028" }), t.db);
    expect(updated.ok).toBe(true);
    const stale = await saveSite(c.centreUser, siteSchema.parse({ centreId: c.centreGard.id, id: created.data.id, version: 1, libelle: "Autre", adresse: "x", codePostal: "30200", communeCode: "30028" }), t.db);
    expect(stale.ok).toBe(false);
    const gone = await saveSite(c.centreUser, siteSchema.parse({ centreId: c.centreGard.id, libelle: "Ancien", adresse: "x", codePostal: "30200", communeCode: "30999" }), t.db);
    expect(gone).toMatchObject({ ok: false, fieldErrors: { communeCode: ["Cette commune n'existe pas (ou plus) : choisissez-la dans la liste."] } });
    expect((await listSitesOfCentre(c.centreGard.id, t.db)).map((s) => s.libelle)).toEqual(["Plateau technique n° 1"]);
  });

  test("un centre n'ajoute pas de site à un autre centre", async () => {
    const c = await cast();
    const result = await saveSite(c.centreUser, siteSchema.parse({ centreId: c.centreHerault.id, libelle: "Intrus", adresse: "x", codePostal: "30200", communeCode: "30028" }), t.db);
    expect(result).toMatchObject({ ok: false, message: "Ce centre est introuvable." });
  });
});
