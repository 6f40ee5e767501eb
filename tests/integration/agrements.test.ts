import { describe, expect, test } from "vitest";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { decideAgrement } from "@/lib/agrements/decide-agrement";
import { listAgrementQueueForUser, listAgrementsOfCentreForUser, listOpenableVersionsForCentre } from "@/lib/agrements/queries";
import { requestAgrement } from "@/lib/agrements/request-agrement";
import { decideAgrementSchema, withdrawAgrementSchema } from "@/lib/agrements/schemas";
import { withdrawAgrement } from "@/lib/agrements/withdraw-agrement";
import { saveSite } from "@/lib/centres/save-site";
import { centreTypeSchema, siteSchema } from "@/lib/centres/schemas";
import { setCentreType } from "@/lib/centres/set-centre-type";
import { createScopeCast, createTitreVersion, seedSomeCommunes } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const TODAY = "2026-11-30";

async function setup(finDeVie: string | null = "2027-12-31") {
  const c = await createScopeCast(t.db);
  await seedSomeCommunes(t.db);
  const { version, titre } = await createTitreVersion(t.db, { finDeVie });
  const site = await saveSite(c.centreUser, siteSchema.parse({ centreId: c.centreGard.id, libelle: "Site principal", adresse: "RUE DU 19 MARS 1962", codePostal: "30200", communeCode: "30028" }), t.db);
  if (!site.ok) throw new Error(site.message);
  return { c, version, titre, siteId: site.data.id };
}

const accept = (id: string, version: number, validTo = "2027-12-31") =>
  decideAgrementSchema.parse({ decision: "accepter", id, version, dateDecision: "2026-11-30", validFrom: "2026-11-30", validTo });

describe("demande et instruction d'un agrément", () => {
  test("un centre dépose, l'UD accepte, le centre le voit « Valide » et peut ouvrir une session pour ce titre", async () => {
    const { c, version, titre, siteId } = await setup();
    const filed = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    expect((await listAgrementQueueForUser(c.ud30, t.db)).map((a) => a.id)).toEqual([filed.data.id]);
    expect(await listAgrementQueueForUser(c.ud34, t.db)).toEqual([]);
    expect(await listAgrementQueueForUser(c.centreUser, t.db)).toEqual([]);

    const before = await listAgrementsOfCentreForUser(c.centreUser, c.centreGard.id, t.db, TODAY);
    expect(before![0]!.plain).toBe("en_instruction");
    expect((await listOpenableVersionsForCentre(c.centreUser, c.centreGard.id, t.db, TODAY))!.openable).toEqual([]);

    expect((await decideAgrement(c.ud30, accept(filed.data.id, 1), t.db)).ok).toBe(true);
    const after = await listAgrementsOfCentreForUser(c.centreUser, c.centreGard.id, t.db, TODAY);
    expect(after![0]).toMatchObject({ statut: "acceptee", plain: "valide", validTo: "2027-12-31" });
    const openable = await listOpenableVersionsForCentre(c.centreUser, c.centreGard.id, t.db, TODAY);
    expect(openable!.openable).toEqual([expect.objectContaining({ titreCode: titre.code, siteId, enProlongation: false })]);
    const events = await listAuditEventsOfEntity("agrement", filed.data.id, t.db);
    expect(events.map((e) => e.action)).toEqual(["agrement.accepte", "agrement.depose"]);
  });

  test("la validité ne peut pas dépasser la fin de vie de la version", async () => {
    const { c, version, siteId } = await setup("2027-06-30");
    const filed = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    if (!filed.ok) throw new Error(filed.message);
    const result = await decideAgrement(c.ud30, accept(filed.data.id, 1, "2027-12-31"), t.db);
    expect(result).toMatchObject({ ok: false, fieldErrors: { validTo: ["La validité ne peut pas dépasser la fin de vie de la version du titre (30/06/2027)."] } });
  });

  test("refus avec motif, puis nouvelle demande possible ; retrait d'un agrément accepté", async () => {
    const { c, version, siteId } = await setup();
    const first = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    if (!first.ok) throw new Error(first.message);
    const again = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    expect(again).toMatchObject({ ok: false, code: "deja_existant", message: "Une demande est déjà en cours d'instruction pour ce titre sur ce site." });
    const refused = await decideAgrement(c.occitanie, decideAgrementSchema.parse({ decision: "refuser", id: first.data.id, version: 1, dateDecision: TODAY, motif: "Plateau technique incomplet" }), t.db);
    expect(refused.ok).toBe(true);
    const second = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    if (!second.ok) throw new Error(second.message);
    await decideAgrement(c.ud30, accept(second.data.id, 1), t.db);
    const duplicate = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    expect(duplicate).toMatchObject({ ok: false, message: "Le centre a déjà un agrément valide pour ce titre sur ce site." });
    const withdrawn = await withdrawAgrement(c.ud30, withdrawAgrementSchema.parse({ id: second.data.id, version: 2, motif: "Fermeture du plateau technique" }), t.db);
    expect(withdrawn.ok).toBe(true);
    const list = await listAgrementsOfCentreForUser(c.centreUser, c.centreGard.id, t.db, TODAY);
    expect(list!.map((a) => a.plain).sort()).toEqual(["refusee", "retiree"]);
  });

  test("les transitions non prévues sont refusées : un centre n'accepte pas, on ne retire pas une demande, rien n'est écrit", async () => {
    const { c, version, siteId } = await setup();
    const filed = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, TODAY);
    if (!filed.ok) throw new Error(filed.message);
    expect((await decideAgrement(c.centreUser, accept(filed.data.id, 1), t.db)).ok).toBe(false);
    expect((await withdrawAgrement(c.ud30, withdrawAgrementSchema.parse({ id: filed.data.id, version: 1, motif: "Sans objet" }), t.db)).ok).toBe(false);
    expect(await decideAgrement(c.auvergne, accept(filed.data.id, 1), t.db)).toMatchObject({ ok: false, code: "introuvable", message: "Cet agrément est introuvable." });
    const stale = await decideAgrement(c.ud30, accept(filed.data.id, 7), t.db);
    expect(stale.ok).toBe(false);
    expect((await listAuditEventsOfEntity("agrement", filed.data.id, t.db)).map((e) => e.action)).toEqual(["agrement.depose"]);
  });

  test("un CFA garde ses titres ouverts pendant la prolongation ; un centre sans type, non", async () => {
    const { c, version, siteId } = await setup("2026-06-30");
    const filed = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: version.id, siteId }, t.db, "2026-01-15");
    if (!filed.ok) throw new Error(filed.message);
    await decideAgrement(c.ud30, decideAgrementSchema.parse({ decision: "accepter", id: filed.data.id, version: 1, dateDecision: "2026-01-20", validFrom: "2026-01-20", validTo: "2026-06-30" }), t.db);
    const withoutType = await listOpenableVersionsForCentre(c.centreUser, c.centreGard.id, t.db, TODAY);
    expect(withoutType!.openable).toEqual([]);
    expect((await listAgrementsOfCentreForUser(c.centreUser, c.centreGard.id, t.db, TODAY))![0]!.plain).toBe("expiree");
    await setCentreType(c.ud30, centreTypeSchema.parse({ id: c.centreGard.id, version: 1, typeCentre: "CFA", validFrom: "2020-01-01" }), t.db, TODAY);
    const asCfa = await listOpenableVersionsForCentre(c.centreUser, c.centreGard.id, t.db, TODAY);
    expect(asCfa!.openable).toEqual([expect.objectContaining({ enProlongation: true })]);
    expect((await listAgrementsOfCentreForUser(c.centreUser, c.centreGard.id, t.db, TODAY))![0]!.plain).toBe("valide");
  });

  test("un centre ne peut pas demander un agrément pour un autre centre, ni pour une version en fin de vie", async () => {
    const { c, version, siteId } = await setup();
    expect((await requestAgrement(c.centreUser, { centreId: c.centreHerault.id, titreVersionId: version.id, siteId }, t.db, TODAY)).ok).toBe(false);
    const old = await createTitreVersion(t.db, { finDeVie: "2025-01-01", dateVersion: "2015-01-01" });
    const late = await requestAgrement(c.centreUser, { centreId: c.centreGard.id, titreVersionId: old.version.id, siteId }, t.db, TODAY);
    expect(late).toMatchObject({ ok: false, message: "Cette version du titre a atteint sa fin de vie : aucun nouvel agrément ne peut être demandé." });
  });
});
