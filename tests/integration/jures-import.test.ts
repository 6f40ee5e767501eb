import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, communes, habilitationPeriodes, habilitations, jures, pays, titres, titreVersions } from "@/db/schema";
import { applyJuresImport, previewJuresImport } from "@/lib/jures/import/apply";
import { getJureForUser } from "@/lib/jures/queries";
import { normalizeName } from "@/lib/text/normalize";
import { createScopeCast, seedSomeCommunes } from "../fixtures/factories";
import { createHabilitationRow, createJureRow } from "../fixtures/jures";
import { windows1252 } from "../fixtures/windows-1252";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const FILE = new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/jures/habilitations-export-ancien-systeme.csv")));

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  await t.db.insert(communes).values({ code: "30063", nom: "Cambo", kind: "commune", departementCode: "30", regionCode: "76", validFrom: "1943-01-01", validTo: "1969-01-01", searchName: "cambo" });
  await t.db.insert(pays).values({ code: "MA", nom: "Maroc", searchName: normalizeName("Maroc") });
  const [titre] = await t.db.insert(titres).values({ code: "TP-00391", intitule: "Assistant(e) de vie aux familles" }).returning();
  const [v2011] = await t.db.insert(titreVersions).values({ titreId: titre!.id, dateVersion: "2011-03-16", finDeVie: "2023-07-03" }).returning();
  await t.db.insert(titreVersions).values({ titreId: titre!.id, millesime: "07", dateVersion: "2023-07-04" });
  const fontaine = await createJureRow(t.db, { nomNaissance: "FONTAINE", prenoms: "Martine", dateNaissance: "1968-04-12", departement: "30" });
  await createHabilitationRow(t.db, fontaine.id, v2011!.id, [{ debut: "2015-11-18", fin: "2020-11-18" }], { dateDebutEmploi: "1998-12-31", dateDerniereOccupation: "2015-11-18" });
  return { cast, fontaine };
}

const counts = async () => ({ jures: await t.db.$count(jures), habilitations: await t.db.$count(habilitations), periodes: await t.db.$count(habilitationPeriodes) });

describe("import des habilitations", () => {
  test("la simulation n'écrit rien ; l'application écrit ce qu'elle a montré, en une transaction tracée", async () => {
    const { cast, fontaine } = await setup();
    const preview = await previewJuresImport(cast.occitanie, FILE, t.db);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.summary).toEqual({ creations: 4, ajouts: 2, inchangees: 2, rejets: 7, total: 15 });
    expect(await counts()).toEqual({ jures: 1, habilitations: 1, periodes: 1 });

    const applied = await applyJuresImport(cast.occitanie, FILE, preview.data.digest, "export.csv", t.db);
    expect(applied).toMatchObject({ ok: true, data: preview.data.summary });
    expect(await counts()).toEqual({ jures: 5, habilitations: 7, periodes: 7 });

    const [roussel] = await t.db.select({ id: jures.id }).from(jures).where(eq(jures.nomNaissance, "ROUSSEL"));
    expect(await getJureForUser(cast.occitanie, roussel!.id, t.db)).toMatchObject({ prenoms: "Hélène", naissanceCommuneNom: "Cambo", residenceCommuneNom: "Nîmes" });
    const events = await t.db.select({ action: auditEvents.action, reason: auditEvents.reason }).from(auditEvents);
    expect(events.filter((e) => e.action === "jure.importe")).toHaveLength(4);
    expect(events.filter((e) => e.action === "habilitation.importee")).toHaveLength(6);
    expect(events.every((e) => e.reason === "Import du fichier export.csv")).toBe(true);
    const fontaineHabs = await t.db.select({ commentaires: habilitations.commentaires, professionnalisation: habilitations.dateProfessionnalisation }).from(habilitations).where(eq(habilitations.jureId, fontaine.id));
    expect(fontaineHabs).toContainEqual({ commentaires: "Reprise d'activité en 2023", professionnalisation: "2015-11-25" });
  });

  test("appliquer deux fois le même fichier n'ajoute rien", async () => {
    const { cast } = await setup();
    const first = await previewJuresImport(cast.occitanie, FILE, t.db);
    if (!first.ok) throw new Error(first.message);
    await applyJuresImport(cast.occitanie, FILE, first.data.digest, "export.csv", t.db);
    const after = await counts();
    const second = await previewJuresImport(cast.occitanie, FILE, t.db);
    if (!second.ok) throw new Error(second.message);
    expect(second.data.summary).toEqual({ creations: 0, ajouts: 0, inchangees: 8, rejets: 7, total: 15 });
    expect((await applyJuresImport(cast.occitanie, FILE, second.data.digest, "export.csv", t.db)).ok).toBe(true);
    expect(await counts()).toEqual(after);
  });

  test("si les jurés ont changé depuis la simulation, rien n'est écrit", async () => {
    const { cast } = await setup();
    const preview = await previewJuresImport(cast.occitanie, FILE, t.db);
    if (!preview.ok) throw new Error(preview.message);
    await createJureRow(t.db, { nomNaissance: "BENALI", prenoms: "Karim", dateNaissance: "1978-07-21", departement: "34" });
    const applied = await applyJuresImport(cast.occitanie, FILE, preview.data.digest, "export.csv", t.db);
    expect(applied).toMatchObject({ ok: false, message: expect.stringContaining("relancez la simulation") });
    expect(await counts()).toEqual({ jures: 2, habilitations: 1, periodes: 1 });
  });

  test("un utilisateur de centre n'importe pas ; un fichier sans les colonnes attendues est refusé", async () => {
    const { cast } = await setup();
    // Same answer as a missing page: the code says "introuvable", not a rule's refusal.
    const notFound = { ok: false, code: "introuvable", message: "Cette ressource est introuvable." };
    expect(await previewJuresImport(cast.centreUser, FILE, t.db)).toEqual(notFound);
    expect(await applyJuresImport(cast.centreUser, FILE, "0".repeat(64), "habilitations.csv", t.db)).toEqual(notFound);
    const bad = await previewJuresImport(cast.occitanie, new TextEncoder().encode("nom;prenom\nA;B\n"), t.db);
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining("Colonnes manquantes") });
  });

  test("un fichier Windows-1252 (Excel) garde ’ Œ œ € dans ce qu'il importe", async () => {
    const { cast } = await setup();
    const [header, roussel] = new TextDecoder().decode(FILE).split("\n");
    const line = roussel!.replace("A suivi la formation membre de jury le 25/11/2015", "Formatrice à L’Œuvre du Cœur, prime de 50 €");
    const bytes = windows1252(`${header}\n${line}\n`);
    const preview = await previewJuresImport(cast.occitanie, bytes, t.db);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data).toMatchObject({ encoding: "Windows-1252", summary: { creations: 1, rejets: 0 } });
    expect((await applyJuresImport(cast.occitanie, bytes, preview.data.digest, "export-excel.csv", t.db)).ok).toBe(true);
    const [roussel2] = await t.db.select({ id: jures.id }).from(jures).where(eq(jures.nomNaissance, "ROUSSEL"));
    const [habilitation] = await t.db.select({ commentaires: habilitations.commentaires }).from(habilitations).where(eq(habilitations.jureId, roussel2!.id));
    expect(habilitation!.commentaires).toBe("Formatrice à L’Œuvre du Cœur, prime de 50 €");
  });
});
