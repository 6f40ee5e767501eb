import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, ccps, titres, titreVersions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createCcp } from "@/lib/titres/create-ccp";
import { createTitre } from "@/lib/titres/create-titre";
import { createVersion } from "@/lib/titres/create-version";
import { deleteCcp } from "@/lib/titres/delete-ccp";
import { ccpSchema, titreSchema, versionSchema } from "@/lib/titres/schemas";
import { updateCcp } from "@/lib/titres/update-ccp";
import { updateTitre } from "@/lib/titres/update-titre";
import { updateVersion } from "@/lib/titres/update-version";
import { createScopeCast, createTitreRow, seedNsfReference } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const titreData = (input: Record<string, string> = {}) => titreSchema.parse({ code: "TP-99101", intitule: "Titre de test", sigle: "", ...input });
const versionData = (input: Record<string, string> = {}) =>
  versionSchema.parse({ millesime: "01", dateVersion: "2024-09-01", niveau: "4", rncp: "", nsfCode: "334t", finDeVie: "", ...input });
const ccpData = (numero: number, libelle: string) => ccpSchema.parse({ numero: String(numero), libelle });

async function setup() {
  const cast = await createScopeCast(t.db);
  await seedNsfReference(t.db);
  const titre = await createTitreRow(t.db, { sigle: "TT", versions: [{ millesime: "01", dateVersion: "2020-01-01", niveau: 3, nsfCode: "330t", ccps: ["Accueillir", "Conseiller"] }] });
  const version = titre.versions[0]!;
  const [ccp1, ccp2] = await t.db.select().from(ccps).where(eq(ccps.titreVersionId, version.id)).orderBy(ccps.numero);
  return { cast, titre, version, ccp1: ccp1!, ccp2: ccp2! };
}

/** Everything a write could touch, to prove that a refusal changed nothing. */
async function snapshot(db: Db) {
  return {
    titres: await db.select().from(titres).orderBy(titres.code),
    versions: await db.select().from(titreVersions).orderBy(titreVersions.id),
    ccps: await db.select().from(ccps).orderBy(ccps.id),
    audit: await db.$count(auditEvents),
  };
}

describe("les autres rôles ne modifient rien (la ressource leur est introuvable)", () => {
  test.each(["occitanie", "ud30", "centreUser"] as const)("%s : chaque écriture est refusée et rien ne change", async (who) => {
    const { cast, titre, version, ccp1 } = await setup();
    const user: CurrentUser = cast[who];
    const before = await snapshot(t.db);
    const ref = { titreId: titre.id, versionId: version.id, version: version.version };
    const results = [
      await createTitre(user, titreData({ code: "TP-99102" }), t.db),
      await updateTitre(user, { id: titre.id, version: titre.version }, titreData({ code: titre.code, intitule: "Autre" }), t.db),
      await createVersion(user, { titreId: titre.id }, versionData({ millesime: "02" }), t.db),
      await updateVersion(user, ref, versionData(), t.db),
      await createCcp(user, ref, ccpData(3, "Vendre"), t.db),
      await updateCcp(user, { ...ref, ccpId: ccp1.id }, ccpData(1, "Autre"), t.db),
      await deleteCcp(user, { ...ref, ccpId: ccp1.id }, t.db),
    ];
    for (const result of results) expect(result).toEqual({ ok: false, code: "introuvable", message: "Cette ressource est introuvable.", fieldErrors: undefined });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("titre", () => {
  test("création avec son événement d'audit ; un code déjà pris est signalé sur le champ", async () => {
    const { cast, titre } = await setup();
    const created = await createTitre(cast.national, titreData({ code: "tp-99102", intitule: " Agent de test ", sigle: "AT" }), t.db);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    const [row] = await t.db.select().from(titres).where(eq(titres.id, id));
    expect(row).toMatchObject({ code: "TP-99102", intitule: "Agent de test", sigle: "AT", version: 1 });
    const [event] = await listAuditEventsOfEntity("titre", id, t.db);
    expect(event).toMatchObject({ action: "titre.cree", actorRole: "national", after: { code: "TP-99102", intitule: "Agent de test", sigle: "AT" } });

    const before = await snapshot(t.db);
    const duplicate = await createTitre(cast.national, titreData({ code: titre.code }), t.db);
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { code: ["Un titre existe déjà avec ce code."] } });
    expect(await snapshot(t.db)).toEqual(before);
  });

  test("modification : seuls les champs changés sont audités ; une version périmée est refusée", async () => {
    const { cast, titre } = await setup();
    const other = await createTitreRow(t.db);
    const result = await updateTitre(cast.national, { id: titre.id, version: 1 }, titreData({ code: titre.code, intitule: titre.intitule, sigle: "NEW" }), t.db);
    expect(result.ok).toBe(true);
    const [event] = await listAuditEventsOfEntity("titre", titre.id, t.db);
    expect(event).toMatchObject({ action: "titre.modifie", before: { sigle: "TT" }, after: { sigle: "NEW" } });

    const before = await snapshot(t.db);
    const stale = await updateTitre(cast.national, { id: titre.id, version: 1 }, titreData({ code: titre.code, intitule: "Encore" }), t.db);
    expect(stale).toMatchObject({ ok: false, code: "conflit_version", message: expect.stringContaining("modifié par quelqu'un d'autre") });
    const taken = await updateTitre(cast.national, { id: titre.id, version: 2 }, titreData({ code: other.code, intitule: "X" }), t.db);
    expect(taken).toMatchObject({ ok: false, code: "deja_existant", fieldErrors: { code: ["Un titre existe déjà avec ce code."] } });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("version", () => {
  test("ajout avec audit sur le titre ; NSF inconnu et millésime déjà pris sont signalés sur leur champ", async () => {
    const { cast, titre } = await setup();
    const created = await createVersion(cast.national, { titreId: titre.id }, versionData({ millesime: "02", rncp: "rncp12345", finDeVie: "2029-08-31" }), t.db);
    expect(created.ok).toBe(true);
    const [row] = await t.db.select().from(titreVersions).where(eq(titreVersions.id, created.ok ? created.data.id : ""));
    expect(row).toMatchObject({ titreId: titre.id, millesime: "02", niveau: 4, rncp: "RNCP12345", nsfCode: "334t", finDeVie: "2029-08-31" });
    const [event] = await listAuditEventsOfEntity("titre", titre.id, t.db);
    expect(event).toMatchObject({ action: "version.creee", after: { version: "millésime 02 (01/09/2024)", nsfCode: "334t" } });

    const before = await snapshot(t.db);
    const unknown = await createVersion(cast.national, { titreId: titre.id }, versionData({ millesime: "03", nsfCode: "999z" }), t.db);
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { nsfCode: [expect.stringMatching(/^Code NSF inconnu/)] } });
    const taken = await createVersion(cast.national, { titreId: titre.id }, versionData({ millesime: "01" }), t.db);
    expect(taken).toMatchObject({ ok: false, fieldErrors: { millesime: ["Ce titre a déjà une version de millésime 01."] } });
    const missing = await createVersion(cast.national, { titreId: "00000000-0000-0000-0000-000000000000" }, versionData(), t.db);
    expect(missing).toMatchObject({ ok: false, code: "introuvable", message: expect.stringContaining("introuvable") });
    expect(await snapshot(t.db)).toEqual(before);
  });

  test("deux versions sans millésime ne peuvent pas avoir la même date", async () => {
    const { cast, titre } = await setup();
    expect((await createVersion(cast.national, { titreId: titre.id }, versionData({ millesime: "", dateVersion: "2011-03-16" }), t.db)).ok).toBe(true);
    const again = await createVersion(cast.national, { titreId: titre.id }, versionData({ millesime: "", dateVersion: "2011-03-16" }), t.db);
    expect(again).toMatchObject({ ok: false, fieldErrors: { dateVersion: [expect.stringContaining("sans millésime à cette date")] } });
  });

  test("modification : différences auditées, compteur incrémenté, version périmée refusée", async () => {
    const { cast, titre, version } = await setup();
    const ref = { titreId: titre.id, versionId: version.id, version: version.version };
    const result = await updateVersion(cast.national, ref, versionData({ dateVersion: "2020-01-01", niveau: "3", nsfCode: "330t", finDeVie: "2027-12-31" }), t.db);
    expect(result.ok).toBe(true);
    const [row] = await t.db.select().from(titreVersions).where(eq(titreVersions.id, version.id));
    expect(row).toMatchObject({ finDeVie: "2027-12-31", version: 2 });
    const [event] = await listAuditEventsOfEntity("titre", titre.id, t.db);
    expect(event).toMatchObject({ action: "version.modifiee", before: { finDeVie: null }, after: { version: "millésime 01 (01/01/2020)", finDeVie: "2027-12-31" } });

    const otherTitre = await createTitreRow(t.db);
    const before = await snapshot(t.db);
    expect(await updateVersion(cast.national, ref, versionData({ niveau: "5" }), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("modifiée par quelqu'un d'autre") });
    const unknown = await updateVersion(cast.national, { ...ref, version: 2 }, versionData({ nsfCode: "99" }), t.db);
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { nsfCode: [expect.stringMatching(/^Code NSF inconnu/)] } });
    expect(await updateVersion(cast.national, { ...ref, titreId: otherTitre.id, version: 2 }, versionData(), t.db)).toMatchObject({ ok: false, message: "Cette version du titre est introuvable." });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("CCP", () => {
  test("ajout, modification et suppression, chacun audité sur le titre et comptant comme un changement de la version", async () => {
    const { cast, titre, version, ccp1, ccp2 } = await setup();
    const ref = { titreId: titre.id, versionId: version.id, version: 1 };
    expect((await createCcp(cast.national, ref, ccpData(3, "Vendre"), t.db)).ok).toBe(true);
    expect((await updateCcp(cast.national, { ...ref, version: 2, ccpId: ccp1.id }, ccpData(1, "Accueillir le public"), t.db)).ok).toBe(true);
    expect((await deleteCcp(cast.national, { ...ref, version: 3, ccpId: ccp2.id }, t.db)).ok).toBe(true);

    const rows = await t.db.select({ numero: ccps.numero, libelle: ccps.libelle }).from(ccps).where(eq(ccps.titreVersionId, version.id)).orderBy(ccps.numero);
    expect(rows).toEqual([
      { numero: 1, libelle: "Accueillir le public" },
      { numero: 3, libelle: "Vendre" },
    ]);
    const [row] = await t.db.select({ version: titreVersions.version }).from(titreVersions).where(eq(titreVersions.id, version.id));
    expect(row!.version).toBe(4);
    const events = await listAuditEventsOfEntity("titre", titre.id, t.db);
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["ccp.supprime", { version: "millésime 01 (01/01/2020)", numero: 2, libelle: "Conseiller" }, null],
      ["ccp.modifie", { libelle: "Accueillir" }, { version: "millésime 01 (01/01/2020)", ccp: 1, libelle: "Accueillir le public" }],
      ["ccp.ajoute", null, { version: "millésime 01 (01/01/2020)", numero: 3, libelle: "Vendre" }],
    ]);
  });

  test("numéro déjà pris, version périmée et CCP d'une autre version sont refusés sans rien changer", async () => {
    const { cast, titre, version, ccp1 } = await setup();
    const other = await createTitreRow(t.db, { versions: [{ ccps: ["Autre"] }] });
    const [foreign] = await t.db.select().from(ccps).where(eq(ccps.titreVersionId, other.versions[0]!.id));
    const ref = { titreId: titre.id, versionId: version.id, version: 1 };
    const before = await snapshot(t.db);
    expect(await createCcp(cast.national, ref, ccpData(2, "Doublon"), t.db)).toMatchObject({ ok: false, fieldErrors: { numero: ["Cette version a déjà un CCP portant ce numéro."] } });
    expect(await updateCcp(cast.national, { ...ref, ccpId: ccp1.id }, ccpData(2, "Doublon"), t.db)).toMatchObject({ ok: false, fieldErrors: { numero: [expect.any(String)] } });
    expect(await createCcp(cast.national, { ...ref, version: 7 }, ccpData(3, "Vendre"), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("modifiée par quelqu'un d'autre") });
    expect(await updateCcp(cast.national, { ...ref, version: 7, ccpId: ccp1.id }, ccpData(1, "Autre"), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("modifiée par quelqu'un d'autre") });
    expect(await deleteCcp(cast.national, { ...ref, version: 7, ccpId: ccp1.id }, t.db)).toMatchObject({ ok: false, message: expect.stringContaining("modifiée par quelqu'un d'autre") });
    expect(await deleteCcp(cast.national, { ...ref, ccpId: foreign!.id }, t.db)).toMatchObject({ ok: false, message: expect.stringContaining("Ce CCP est introuvable") });
    expect(await snapshot(t.db)).toEqual(before);
  });
});
