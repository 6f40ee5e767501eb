import { count, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, centreTypes, sessionCcps, sessions, titreVersions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { createSession } from "@/lib/sessions/create-session";
import { listCreationOptions } from "@/lib/sessions/creation-options";
import { createSessionSchema } from "@/lib/sessions/schemas";
import { asCurrentUser, createUserRow } from "../fixtures/factories";
import { createAgrementRow } from "../fixtures/sessions";
import { useTestDatabase } from "./support/database";
import { creationInput, NOW, setupSessions } from "./sessions-support";

const t = useTestDatabase();
const sessionCount = async () => (await t.db.select({ n: count() }).from(sessions))[0]!.n;

describe("création d'une session (R1, R2, numéro, périmètre)", () => {
  test("un centre crée une session : numéro de l'année et du département, lieu du site, agrément gardé, 08:00 et convocation qui suit le premier jour, audit", async () => {
    const s = await setupSessions(t.db);
    const result = await createSession(s.c.centreUser, creationInput(s), t.db, NOW);
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), numero: "2027-30-00001" } });
    if (!result.ok) return;
    const [row] = await t.db.select().from(sessions).where(eq(sessions.id, result.data.id));
    expect(row).toMatchObject({
      numero: "2027-30-00001",
      centreId: s.c.centreGard.id,
      siteId: s.site.id,
      agrementId: s.agrement.id,
      regionCode: "76",
      departementCode: "30",
      type: "titre",
      dateDebut: "2027-05-12",
      dateFin: "2027-05-13",
      heureDebut: "08:00",
      convocationSaisie: false,
      capacite: 14,
      statut: "brouillon",
      version: 1,
      createdBy: s.c.centreUser.id,
    });
    expect(row!.convocationAt.toISOString()).toBe("2027-05-12T06:00:00.000Z");
    const events = await listAuditEventsOfEntity("session", result.data.id, t.db);
    expect(events.map((e) => e.action)).toEqual(["session.creee"]);
    expect(events[0]!.after).toMatchObject({ numero: "2027-30-00001", agrementId: s.agrement.id, enProlongation: false });
    expect((await createSession(s.c.centreUser, creationInput(s), t.db, NOW)).ok && (await t.db.select({ n: sessions.numero }).from(sessions)).map((r) => r.n).sort()).toEqual([
      "2027-30-00001",
      "2027-30-00002",
    ]);
  });

  test("l'UD du Gard et la DREETS créent pour un centre de leur territoire ; l'UD de l'Hérault, la DREETS voisine et un autre centre n'y arrivent pas et rien n'est écrit", async () => {
    const s = await setupSessions(t.db);
    expect(await createSession(s.c.ud30, creationInput(s), t.db, NOW)).toMatchObject({ ok: true });
    expect(await createSession(s.c.occitanie, creationInput(s), t.db, NOW)).toMatchObject({ ok: true });
    expect(await createSession(s.c.national, creationInput(s), t.db, NOW)).toMatchObject({ ok: true });
    const lyon = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: s.c.centreRhone.id }));
    for (const user of [s.c.ud34, s.c.auvergne, lyon]) {
      expect(await createSession(user, creationInput(s), t.db, NOW)).toEqual({ ok: false, code: "introuvable", message: "Ce centre est introuvable." });
    }
    // A centre naming its own id but another centre's site.
    expect(await createSession(lyon, creationInput(s, { centreId: s.c.centreRhone.id }), t.db, NOW)).toMatchObject({ ok: false, code: "invalide", fieldErrors: { siteId: ["Choisissez un site du centre."] } });
    expect(await sessionCount()).toBe(3);
  });

  test("R1 : un site sans agrément (un autre site en a un) est refusé avec un message précis, sans écrire ni consommer de numéro", async () => {
    const s = await setupSessions(t.db);
    const refused = await createSession(s.c.centreUser, creationInput(s, { siteId: s.annexe.id }), t.db, NOW);
    expect(refused).toMatchObject({
      ok: false,
      code: "refuse",
      message:
        "Le centre n'a pas d'agrément valide pour TP-01281 Agent de restauration millésime 03 (01/03/2019) sur le site Annexe Ørsted au 12/05/2027 (l'agrément du centre pour cette version du titre porte sur un autre site).",
    });
    expect(await sessionCount()).toBe(0);
    expect(await t.db.select({ n: count() }).from(auditEvents)).toEqual([{ n: 0 }]);
    expect(await createSession(s.c.centreUser, creationInput(s), t.db, NOW)).toMatchObject({ ok: true, data: { numero: "2027-30-00001" } });
  });

  test("R1 jour par jour : une session qui déborde la fin de l'agrément est refusée au premier jour non couvert", async () => {
    const s = await setupSessions(t.db);
    const result = await createSession(s.c.centreUser, creationInput(s, { dateDebut: "2027-12-30", dateFin: "2028-01-02" }), t.db, NOW);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("au 01/01/2028") });
  });

  test("prolongation : un CFA (type enregistré avant) ouvre une session après la fin de vie ; sans type enregistré, « Type de centre non renseigné : pas de prolongation »", async () => {
    const s = await setupSessions(t.db);
    await t.db.update(titreVersions).set({ finDeVie: "2027-05-31" }).where(eq(titreVersions.id, s.version.id));
    const input = creationInput(s, { dateDebut: "2027-06-01", dateFin: "2027-06-01" });
    expect(await createSession(s.c.centreUser, input, t.db, NOW)).toMatchObject({ ok: false, message: expect.stringMatching(/^Type de centre non renseigné : pas de prolongation\./) });
    await t.db.insert(centreTypes).values({ centreId: s.c.centreGard.id, typeCentre: "CFA", validFrom: "2025-01-01" });
    await createAgrementRow(t.db, { centreId: s.c.centreGard.id, siteId: s.site.id, titreVersionId: s.version.id, validFrom: "2024-01-01", validTo: "2027-05-31" });
    const created = await createSession(s.c.centreUser, input, t.db, NOW);
    expect(created).toMatchObject({ ok: true });
  });

  test("session CCP : au moins un CCP de la version, enregistrés ; un CCP d'une autre version est refusé", async () => {
    const s = await setupSessions(t.db);
    expect(createSessionSchema.safeParse({ ...creationInput(s), type: "ccp", ccpIds: [] }).success).toBe(false);
    const other = await setupOtherCcp();
    expect(await createSession(s.c.centreUser, creationInput(s, { type: "ccp", ccpIds: [other] }), t.db, NOW)).toMatchObject({ ok: false, code: "invalide", fieldErrors: { ccpIds: expect.any(Array) } });
    const created = await createSession(s.c.centreUser, creationInput(s, { type: "ccp", ccpIds: [s.ccpIds[1]] }), t.db, NOW);
    if (!created.ok) throw new Error(created.message);
    expect(await t.db.select({ ccpId: sessionCcps.ccpId }).from(sessionCcps).where(eq(sessionCcps.sessionId, created.data.id))).toEqual([{ ccpId: s.ccpIds[1] }]);
  });

  test("saisie incorrecte : dates à l'envers, heure invalide, convocation après la fin, premier jour passé — rien n'est écrit", async () => {
    const s = await setupSessions(t.db);
    const bad = (v: Record<string, unknown>) => createSessionSchema.safeParse({ ...creationInput(s), capacite: "14", ...v });
    expect(bad({ dateFin: "2027-05-11" }).error?.issues[0]).toMatchObject({ path: ["dateFin"], message: "Le dernier jour ne peut pas précéder le premier jour." });
    expect(bad({ heureDebut: "8h" }).success).toBe(false);
    expect(bad({ capacite: "0" }).success).toBe(false);
    expect(bad({ convocationSaisie: true, convocationDate: "2027-05-20" }).error?.issues[0]?.path).toEqual(["convocationDate"]);
    expect(await createSession(s.c.centreUser, creationInput(s, { dateDebut: "2027-05-10", dateFin: "2027-05-10" }), t.db, NOW)).toMatchObject({ ok: false, fieldErrors: { dateDebut: expect.any(Array) } });
    expect(await sessionCount()).toBe(0);
  });

  test("le formulaire propose les titres et sites ouverts aujourd'hui et dit pourquoi les autres ne le sont pas", async () => {
    const s = await setupSessions(t.db);
    const options = await listCreationOptions(s.c.centreUser, s.c.centreGard.id, t.db, "2027-05-11");
    expect(options!.versions).toEqual([
      { id: s.version.id, label: "TP-01281 Agent de restauration millésime 03 (01/03/2019)", sites: [{ id: s.site.id, label: "Plateau de Bagnols (Bagnols-sur-Cèze)", enProlongation: false }], ccps: expect.any(Array) },
    ]);
    expect(options!.refusals).toEqual([expect.stringContaining("sur le site Annexe Ørsted (Bagnols-sur-Cèze) au 11/05/2027")]);
    expect(await listCreationOptions(s.c.ud34, s.c.centreGard.id, t.db, "2027-05-11")).toBeNull();
  });

  async function setupOtherCcp() {
    const { createTitreRow } = await import("../fixtures/factories");
    const other = await createTitreRow(t.db, { versions: [{ millesime: "01", dateVersion: "2020-01-01", niveau: 3, nsfCode: "330t", ccps: ["Autre CCP"] }] });
    const { ccps } = await import("@/db/schema");
    const [row] = await t.db.select({ id: ccps.id }).from(ccps).where(eq(ccps.titreVersionId, other.versions[0]!.id));
    return row!.id;
  }
});
