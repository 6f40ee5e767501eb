import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, ccps, titres, titreVersions } from "@/db/schema";
import { REFERENCE_DIR } from "@/db/seed/referentiels";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { applyTitresImport, previewTitresImport } from "@/lib/titres/import/apply";
import { createScopeCast, seedTitresReference } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/titres", name)));

async function snapshot(db: Db) {
  return {
    titres: await db.select().from(titres).orderBy(titres.code),
    versions: await db.select().from(titreVersions).orderBy(titreVersions.id),
    ccps: await db.select().from(ccps).orderBy(ccps.id),
    audit: await db.$count(auditEvents),
  };
}

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedTitresReference(t.db);
  return cast;
}

async function preview(user: Awaited<ReturnType<typeof setup>>["national"], name: string) {
  const result = await previewTitresImport(user, fixture(name), t.db);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("import de titres", () => {
  test("la simulation dit, ligne par ligne, ce qui changerait, sans rien écrire", async () => {
    const cast = await setup();
    const before = await snapshot(t.db);
    const result = await preview(cast.national, "mise-a-jour.csv");
    expect(result.summary).toEqual({ creations: 1, misesAJour: 2, inchangees: 1, rejets: 0, total: 4 });
    expect(result.outcomes.map((o) => [o.line, o.code, o.action, o.changes])).toEqual([
      [2, "TP-00391", "mise_a_jour", ["fin de vie : vide → 2028-07-03"]],
      [3, "TP-01280", "mise_a_jour", ["niveau : vide → 5"]],
      [4, "TP-00208", "inchange", []],
      [5, "TP-01281", "creation", ["Nouvelle version avec 3 CCP"]],
    ]);
    expect(result.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await snapshot(t.db)).toEqual(before);
  });

  test("appliquer écrit ce que la simulation montrait, avec l'historique de chaque titre ; réappliquer le même fichier ne change plus rien", async () => {
    const cast = await setup();
    const dryRun = await preview(cast.national, "mise-a-jour.csv");
    const applied = await applyTitresImport(cast.national, fixture("mise-a-jour.csv"), dryRun.digest, "mise-a-jour.csv", t.db);
    expect(applied).toEqual({ ok: true, data: dryRun.summary });

    const [cda] = await t.db.select().from(titres).where(eq(titres.code, "TP-01281"));
    const versions = await t.db.select().from(titreVersions).where(eq(titreVersions.titreId, cda!.id));
    expect(versions.map((v) => v.millesime).sort()).toEqual(["03", "04"]);
    const v04 = versions.find((v) => v.millesime === "04")!;
    expect(await t.db.$count(ccps, eq(ccps.titreVersionId, v04.id))).toBe(3);
    const [event] = await listAuditEventsOfEntity("titre", cda!.id, t.db);
    expect(event).toMatchObject({ action: "version.creee", actorRole: "national", reason: "Import du fichier mise-a-jour.csv", after: { version: "millésime 04 (21/09/2023)" } });
    const [advf] = await t.db.select().from(titres).where(eq(titres.code, "TP-00391"));
    const [update] = await listAuditEventsOfEntity("titre", advf!.id, t.db);
    expect(update).toMatchObject({ action: "version.modifiee", before: { finDeVie: null }, after: { version: "millésime 07 (04/07/2023)", finDeVie: "2028-07-03" } });

    const afterFirst = await snapshot(t.db);
    const again = await preview(cast.national, "mise-a-jour.csv");
    expect(again.summary).toEqual({ creations: 0, misesAJour: 0, inchangees: 4, rejets: 0, total: 4 });
    expect(await applyTitresImport(cast.national, fixture("mise-a-jour.csv"), again.digest, "mise-a-jour.csv", t.db)).toMatchObject({ ok: true });
    expect(await snapshot(t.db)).toEqual(afterFirst);
  });

  test("le fichier de référence titres.csv, chargé par le seed, est inchangé à l'import suivant", async () => {
    const cast = await setup();
    const before = await snapshot(t.db);
    const bytes = new Uint8Array(readFileSync(path.join(REFERENCE_DIR, "titres.csv")));
    const result = await previewTitresImport(cast.national, bytes, t.db);
    expect(result.ok && result.data.summary).toMatchObject({ creations: 0, misesAJour: 0, inchangees: 17, rejets: 24 });
    const applied = await applyTitresImport(cast.national, bytes, result.ok ? result.data.digest : "", "titres.csv", t.db);
    expect(applied.ok).toBe(true);
    expect(await snapshot(t.db)).toEqual(before);
  });

  test("une empreinte qui ne correspond plus (titres modifiés depuis la simulation) est refusée, et rien n'est écrit", async () => {
    const cast = await setup();
    const dryRun = await preview(cast.national, "mise-a-jour.csv");
    await t.db.update(titreVersions).set({ niveau: 6 }).where(eq(titreVersions.millesime, "03"));
    const before = await snapshot(t.db);
    const applied = await applyTitresImport(cast.national, fixture("mise-a-jour.csv"), dryRun.digest, "mise-a-jour.csv", t.db);
    expect(applied).toMatchObject({ ok: false, message: expect.stringContaining("relancez la simulation") });
    expect(await snapshot(t.db)).toEqual(before);
    expect(await applyTitresImport(cast.national, fixture("mise-a-jour.csv"), "0".repeat(64), "mise-a-jour.csv", t.db)).toMatchObject({ ok: false });
    expect(await snapshot(t.db)).toEqual(before);
  });

  test("les lignes rejetées ne sont pas importées, les autres le sont", async () => {
    const cast = await setup();
    const dryRun = await preview(cast.national, "melange.csv");
    expect(dryRun.outcomes.map((o) => o.action)).toEqual(["mise_a_jour", "creation", "inchange", "mise_a_jour", "rejet", "rejet", "rejet", "rejet"]);
    expect(dryRun.outcomes[3]!.warnings).toContain("NSF absent : le parchemin de cette version n'imprimerait aucun code NSF.");
    expect((await applyTitresImport(cast.national, fixture("melange.csv"), dryRun.digest, "melange.csv", t.db)).ok).toBe(true);
    const [advf] = await t.db.select({ id: titres.id }).from(titres).where(eq(titres.code, "TP-00391"));
    expect(await t.db.select({ nsf: titreVersions.nsfCode }).from(titreVersions).where(eq(titreVersions.titreId, advf!.id))).toEqual([{ nsf: "330t" }, { nsf: "330t" }]);
    const [ais] = await t.db.select({ id: titres.id, sigle: titres.sigle }).from(titres).where(eq(titres.code, "TP-01352"));
    expect(ais!.sigle).toBe("AIS");
    // Only the title changed on that line: its version is neither rewritten nor reported as modified.
    const [aisVersion] = await t.db.select({ version: titreVersions.version }).from(titreVersions).where(eq(titreVersions.titreId, ais!.id));
    expect(aisVersion!.version).toBe(1);
    const events = await listAuditEventsOfEntity("titre", ais!.id, t.db);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["titre.modifie", { sigle: null }, { sigle: "AIS" }],
      ["version.creee", null, expect.objectContaining({ millesime: "01" })],
      ["titre.cree", null, expect.objectContaining({ code: "TP-01352" })],
    ]);
  });

  test.each([
    ["colonnes-incorrectes.csv", "Colonnes manquantes"],
    ["windows-1252.csv", "pas encodé en UTF-8"],
    ["vide.csv", "Le fichier est vide."],
    ["classeur-excel.csv", "pas un fichier CSV"],
    ["point-virgule.csv", "point-virgule"],
  ])("%s : message clair, rien n'est modifié", async (name, message) => {
    const cast = await setup();
    const before = await snapshot(t.db);
    expect(await previewTitresImport(cast.national, fixture(name), t.db)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    expect(await applyTitresImport(cast.national, fixture(name), "0".repeat(64), name, t.db)).toMatchObject({ ok: false, message: expect.stringContaining(message) });
    expect(await snapshot(t.db)).toEqual(before);
  });

  test.each(["occitanie", "ud30", "centreUser"] as const)("%s ne peut ni simuler ni appliquer un import", async (who) => {
    const cast = await setup();
    const dryRun = await preview(cast.national, "mise-a-jour.csv");
    const before = await snapshot(t.db);
    expect(await previewTitresImport(cast[who], fixture("mise-a-jour.csv"), t.db)).toEqual({ ok: false, code: "introuvable", message: "Cette ressource est introuvable." });
    expect(await applyTitresImport(cast[who], fixture("mise-a-jour.csv"), dryRun.digest, "x.csv", t.db)).toEqual({ ok: false, code: "introuvable", message: "Cette ressource est introuvable." });
    expect(await snapshot(t.db)).toEqual(before);
  });
});
