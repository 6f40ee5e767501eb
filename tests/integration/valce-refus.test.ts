import { describe, expect, test } from "vitest";
import { applyValceImport, previewValceImport } from "@/lib/agrements/valce/apply";
import { OUT_OF_SCOPE } from "@/lib/agrements/valce/plan";
import { asCurrentUser, createCentre, createUserRow } from "../fixtures/factories";
import { FIN_DE_VIE_ADVF_2011, readValceFixture, VALCE_CP1252 } from "../fixtures/valce";
import { importCounts, seedValceReferentiels, setFinDeVie } from "../fixtures/valce-db";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase({ seedOnce: seedValceReferentiels });
const FILE = readValceFixture(VALCE_CP1252);
const NOTHING = { centres: 0, sites: 0, agrements: 0, audit: 0 };

describe("refus de l'import VALCE", () => {
  test("un agent d'une autre région n'importe que le centre de sa région ; les lignes d'Occitanie sont hors périmètre", async () => {
    const auvergne = asCurrentUser(await createUserRow(t.db, { role: "regional", regionCode: "84", prenom: "Aurélie", nom: "LYONNAISE" }));
    const preview = await previewValceImport(auvergne, FILE, VALCE_CP1252, t.db);
    if (!preview.ok) throw new Error(preview.message);
    const inScope = preview.data.outcomes.filter((o) => !o.reasons.includes(OUT_OF_SCOPE)).map((o) => o.line);
    // Line 15 names no commune that exists (Alès with Bagnols' postal code): its territory is unknown, so it is
    // rejected for that reason, not as out of scope.
    expect(inScope).toEqual([13, 15]);
    const applied = await applyValceImport(auvergne, FILE, preview.data.digest, VALCE_CP1252, t.db);
    expect(applied.ok && applied.data).toMatchObject({ creations: 1, centresCrees: 1, sitesCrees: 1 });
    expect(await importCounts(t.db)).toMatchObject({ centres: 1, sites: 1, agrements: 1 });
  });

  test("un utilisateur de centre ne peut ni simuler ni appliquer : la page n'existe pas pour lui", async () => {
    const centre = await createCentre(t.db);
    const user = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: centre.id }));
    expect(await previewValceImport(user, FILE, VALCE_CP1252, t.db)).toEqual({ ok: false, code: "introuvable", message: "Cette ressource est introuvable." });
    expect(await applyValceImport(user, FILE, "x", VALCE_CP1252, t.db)).toEqual({ ok: false, code: "introuvable", message: "Cette ressource est introuvable." });
    expect(await importCounts(t.db)).toEqual({ ...NOTHING, centres: 1 });
  });

  test("si les données changent entre la simulation et l'application, rien n'est écrit", async () => {
    const national = asCurrentUser(await createUserRow(t.db, { role: "national" }));
    const preview = await previewValceImport(national, FILE, VALCE_CP1252, t.db);
    if (!preview.ok) throw new Error(preview.message);
    await setFinDeVie(t.db, "TP-00391", "2011-03-16", "2027-12-31");
    try {
      const applied = await applyValceImport(national, FILE, preview.data.digest, VALCE_CP1252, t.db);
      expect(applied).toEqual({
        ok: false,
        code: "refuse",
        message: "Les données ont changé depuis la simulation (centres, sites, agréments ou titres) : relancez la simulation avant d'appliquer l'import. Rien n'a été modifié.",
      });
      expect(await importCounts(t.db)).toEqual(NOTHING);
      const fresh = await previewValceImport(national, FILE, VALCE_CP1252, t.db);
      expect(fresh.ok && fresh.data.outcomes.find((o) => o.line === 9)!.action).toBe("creation");
    } finally {
      await setFinDeVie(t.db, "TP-00391", "2011-03-16", FIN_DE_VIE_ADVF_2011);
    }
  });

  test("un centre créé par ailleurs entre la simulation et l'application change le plan : refusé", async () => {
    const national = asCurrentUser(await createUserRow(t.db, { role: "national" }));
    const preview = await previewValceImport(national, FILE, VALCE_CP1252, t.db);
    if (!preview.ok) throw new Error(preview.message);
    await createCentre(t.db, { siret: "81427395900019", raisonSociale: "ATELIER FORMATION GARRIGUES", departementCode: "34", codePostal: "34000", communeCode: "34172", communeNom: "Montpellier" });
    const applied = await applyValceImport(national, FILE, preview.data.digest, VALCE_CP1252, t.db);
    expect(applied.ok).toBe(false);
    expect(await importCounts(t.db)).toEqual({ ...NOTHING, centres: 1 });
  });

  const header = "Identifiant VALCE;SIRET;Raison sociale;Code titre;Date de version;Adresse du site;Code postal;Commune;Décision;Date de décision;Début de validité;Fin de validité";
  test.each([
    ["vide", new Uint8Array(), "Le fichier est vide. Rien n'a été modifié."],
    ["classeur Excel", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel, un PDF ou une image) : enregistrez-le au format CSV. Rien n'a été modifié."],
    ["séparé par des virgules", new TextEncoder().encode(`${header.replaceAll(";", ",")}\nVALCE-1,53060076600022\n`), "Les colonnes doivent être séparées par des points-virgules (;), comme dans l'export VALCE. Rien n'a été modifié."],
    ["sans la colonne Décision", new TextEncoder().encode(`${header.replace("Décision;", "")}\nVALCE-1;53060076600022\n`), "Colonnes manquantes : « Décision ». Vérifiez la ligne d'en-tête du fichier. Rien n'a été modifié."],
  ])("un fichier %s est refusé avec un message clair et rien n'est écrit", async (_label, bytes, message) => {
    const national = asCurrentUser(await createUserRow(t.db, { role: "national" }));
    expect(await previewValceImport(national, bytes, "export.csv", t.db)).toEqual({ ok: false, code: "refuse", message });
    expect(await applyValceImport(national, bytes, "0".repeat(64), "export.csv", t.db)).toEqual({ ok: false, code: "refuse", message });
    expect(await importCounts(t.db)).toEqual(NOTHING);
  });

  test("un condensé inventé (application sans simulation) est refusé", async () => {
    const national = asCurrentUser(await createUserRow(t.db, { role: "national" }));
    const applied = await applyValceImport(national, FILE, "0".repeat(64), VALCE_CP1252, t.db);
    expect(applied.ok).toBe(false);
    expect(await importCounts(t.db)).toEqual(NOTHING);
  });
});
