import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { inscriptions, sessions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { createSession } from "@/lib/sessions/create-session";
import { fireTransition } from "@/lib/sessions/fire-transition";
import { sessionTransitionSchema, updateSessionSchema } from "@/lib/sessions/schemas";
import { SESSION_CONFLIT, updateSession } from "@/lib/sessions/update-session";
import { createCandidatRow } from "../fixtures/candidats";
import { writeResultatRow } from "../fixtures/resultats";
import { createSessionRow } from "../fixtures/sessions";
import { useTestDatabase } from "./support/database";
import { creationInput, NOW, setupSessions, type SessionsSetup } from "./support/sessions";

const t = useTestDatabase();
const LATER = new Date("2027-05-11T15:00:00Z");

async function created(s: SessionsSetup) {
  const result = await createSession(s.c.centreUser, creationInput(s), t.db, NOW);
  if (!result.ok) throw new Error(result.message);
  const [row] = await t.db.select().from(sessions).where(eq(sessions.id, result.data.id));
  return row!;
}

function edit(row: typeof sessions.$inferSelect, changes: Record<string, unknown> = {}) {
  return updateSessionSchema.parse({
    id: row.id,
    version: row.version,
    siteId: row.siteId,
    dateDebut: row.dateDebut,
    dateFin: row.dateFin,
    heureDebut: row.heureDebut,
    convocationSaisie: row.convocationSaisie,
    convocationDate: row.dateDebut,
    convocationHeure: row.heureDebut,
    capacite: String(row.capacite),
    type: row.type,
    ccpIds: [],
    ...changes,
  });
}

const load = async (id: string) => (await t.db.select().from(sessions).where(eq(sessions.id, id)))[0]!;

describe("modification d'une session (onglet Informations)", () => {
  test("la convocation suit le premier jour tant qu'elle n'est pas saisie ; planning_changed_at bouge avec les jours, pas avec la capacité ; audit avant/après", async () => {
    const s = await setupSessions(t.db);
    const row = await created(s);
    expect(await updateSession(s.c.centreUser, edit(row, { capacite: "20" }), t.db, LATER)).toMatchObject({ ok: true });
    const afterCapacity = await load(row.id);
    expect(afterCapacity).toMatchObject({ capacite: 20, version: 2 });
    expect(afterCapacity.planningChangedAt.getTime()).toBe(row.planningChangedAt.getTime());

    // Moved across the spring change: still 08:00 in Paris, now +01:00 → the instant follows.
    expect(await updateSession(s.c.centreUser, edit(afterCapacity, { dateDebut: "2027-10-30", dateFin: "2027-11-02" }), t.db, LATER)).toMatchObject({ ok: true });
    const moved = await load(row.id);
    expect(moved.convocationAt.toISOString()).toBe("2027-10-30T06:00:00.000Z");
    expect(moved.planningChangedAt.toISOString()).toBe(LATER.toISOString());

    expect(await updateSession(s.c.ud30, edit(moved, { convocationSaisie: true, convocationDate: "2027-10-29", convocationHeure: "13:30" }), t.db, LATER)).toMatchObject({ ok: true });
    const saisie = await load(row.id);
    expect(saisie).toMatchObject({ convocationSaisie: true, version: 4 });
    expect(saisie.convocationAt.toISOString()).toBe("2027-10-29T11:30:00.000Z");

    const events = await listAuditEventsOfEntity("session", row.id, t.db);
    expect(events.map((e) => e.action)).toEqual(["session.modifiee", "session.modifiee", "session.modifiee", "session.creee"]);
    expect(events[1]).toMatchObject({ before: { dateDebut: "2027-05-12", dateFin: "2027-05-13", convocationAt: "2027-05-12T06:00:00.000Z" }, after: { dateDebut: "2027-10-30", dateFin: "2027-11-02" } });
    expect(events[2]).toMatchObject({ before: { capacite: 14 }, after: { capacite: 20 } });
    expect(events[2]!.before).not.toHaveProperty("dateDebut");
  });

  test("passer en session CCP : les CCP choisis sont enregistrés, l'historique les nomme « CCP 2 » ; repasser en session titre les retire", async () => {
    const s = await setupSessions(t.db);
    const row = await created(s);
    const { sessionCcps } = await import("@/db/schema");
    expect(await updateSession(s.c.centreUser, edit(row, { type: "ccp", ccpIds: [s.ccpIds[1]] }), t.db, LATER)).toMatchObject({ ok: true });
    expect(await t.db.select({ ccpId: sessionCcps.ccpId }).from(sessionCcps).where(eq(sessionCcps.sessionId, row.id))).toEqual([{ ccpId: s.ccpIds[1] }]);
    const [event] = await listAuditEventsOfEntity("session", row.id, t.db);
    expect(event).toMatchObject({ action: "session.modifiee", before: { type: "titre", ccps: [] }, after: { type: "ccp", ccps: ["CCP 2"] } });
    expect((await load(row.id)).planningChangedAt.getTime()).toBe(row.planningChangedAt.getTime());
    expect(await updateSession(s.c.centreUser, edit(await load(row.id), { type: "titre" }), t.db, LATER)).toMatchObject({ ok: true });
    expect(await t.db.select({ ccpId: sessionCcps.ccpId }).from(sessionCcps).where(eq(sessionCcps.sessionId, row.id))).toEqual([]);
  });

  test("deux agents modifient en même temps : un seul enregistrement passe, l'autre reçoit un conflit en français, rien n'est perdu", async () => {
    const s = await setupSessions(t.db);
    const row = await created(s);
    const results = await Promise.all([
      updateSession(s.c.centreUser, edit(row, { capacite: "18" }), t.db, LATER),
      updateSession(s.c.ud30, edit(row, { heureDebut: "09:00" }), t.db, LATER),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "conflit_version", message: SESSION_CONFLIT, fieldErrors: undefined }]);
    const after = await load(row.id);
    expect(after.version).toBe(2);
    expect(after.capacite === 18 || after.heureDebut === "09:00").toBe(true);
    expect(after.capacite === 18 && after.heureDebut === "09:00").toBe(false);
    // The one who lost reloads and saves again: both changes are kept.
    const retried = results[0]!.ok ? edit(after, { heureDebut: "09:00", capacite: "18" }) : edit(after, { capacite: "18", heureDebut: "09:00" });
    expect(await updateSession(s.c.ud30, retried, t.db, LATER)).toMatchObject({ ok: true });
    expect(await load(row.id)).toMatchObject({ capacite: 18, heureDebut: "09:00", version: 3 });
  });

  test("R1 revérifié sur les nouveaux jours et le nouveau site ; hors périmètre introuvable ; une session annulée ne se modifie plus", async () => {
    const s = await setupSessions(t.db);
    const row = await created(s);
    expect(await updateSession(s.c.centreUser, edit(row, { siteId: s.annexe.id }), t.db, LATER)).toMatchObject({ ok: false, code: "refuse", message: expect.stringContaining("sur le site Annexe Ørsted au 12/05/2027") });
    expect(await updateSession(s.c.centreUser, edit(row, { dateDebut: "2027-12-30", dateFin: "2028-01-02" }), t.db, LATER)).toMatchObject({ ok: false, message: expect.stringContaining("au 01/01/2028") });
    expect(await updateSession(s.c.centreUser, edit(row, { siteId: s.siteLyon.id }), t.db, LATER)).toMatchObject({ ok: false, code: "invalide" });
    for (const user of [s.c.ud34, s.c.auvergne]) {
      expect(await updateSession(user, edit(row, { capacite: "3" }), t.db, LATER)).toEqual({ ok: false, code: "introuvable", message: "Cette session est introuvable." });
    }
    expect(await load(row.id)).toMatchObject({ version: 1, capacite: 14, siteId: s.site.id, dateFin: "2027-05-13" });

    expect(await fireTransition(s.c.centreUser, sessionTransitionSchema.parse({ id: row.id, version: 1, transition: "annuler", motif: "Plateau indisponible" }), t.db)).toMatchObject({ ok: true });
    expect(await updateSession(s.c.centreUser, edit(await load(row.id), { capacite: "3" }), t.db, LATER)).toMatchObject({ ok: false, code: "refuse", message: expect.stringContaining("Annulée") });
  });
});

describe("transitions de la session", () => {
  const fire = (id: string, version: number, transition: string, motif?: string) => sessionTransitionSchema.parse({ id, version, transition, motif });

  test("le centre déclare puis annule avec un motif ; chaque étape est auditée ; sans motif l'annulation est refusée", async () => {
    const s = await setupSessions(t.db);
    const row = await created(s);
    expect(await fireTransition(s.c.centreUser, fire(row.id, 1, "declarer"), t.db)).toEqual({ ok: true, data: { statut: "declaree" } });
    expect(await fireTransition(s.c.centreUser, fire(row.id, 2, "annuler", "  "), t.db)).toMatchObject({ ok: false, message: "Indiquez le motif.", fieldErrors: { motif: ["Indiquez le motif."] } });
    expect(await fireTransition(s.c.centreUser, fire(row.id, 1, "annuler", "Trop tard"), t.db)).toMatchObject({ ok: false, code: "conflit_version" });
    expect(await fireTransition(s.c.centreUser, fire(row.id, 2, "annuler", "Formateur absent"), t.db)).toEqual({ ok: true, data: { statut: "annulee" } });
    expect(await load(row.id)).toMatchObject({ statut: "annulee", motifStatut: "Formateur absent", version: 3 });
    const events = await listAuditEventsOfEntity("session", row.id, t.db);
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ["session.annuler", "Formateur absent"],
      ["session.declarer", null],
      ["session.creee", null],
    ]);
  });

  test("déclarer revérifie R1 : un agrément retiré depuis le brouillon l'empêche", async () => {
    const s = await setupSessions(t.db);
    const row = await created(s);
    const { agrements } = await import("@/db/schema");
    await t.db.update(agrements).set({ statut: "retiree" }).where(eq(agrements.id, s.agrement.id));
    expect(await fireTransition(s.c.centreUser, fire(row.id, 1, "declarer"), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("l'agrément de ce site a été retiré") });
    expect(await load(row.id)).toMatchObject({ statut: "brouillon", version: 1 });
  });

  test("l'UD du Gard renvoie (motif) puis valide une session transmise ; le centre ne le peut pas ; l'UD de l'Hérault ne la trouve pas", async () => {
    const s = await setupSessions(t.db);
    const row = await createSessionRow(t.db, { centreId: s.c.centreGard.id, siteId: s.site.id, titreVersionId: s.version.id, agrementId: s.agrement.id, dateDebut: "2027-03-02", statut: "transmise" });
    // Validation needs candidates with a decision (issue 12): one, absent, so that no parchemin is issued.
    const candidat = await createCandidatRow(t.db, { nomNaissance: "ØRSTED", prenoms: "Søren", createdByCentreId: s.c.centreGard.id });
    const [inscription] = await t.db.insert(inscriptions).values({ sessionId: row.id, candidatId: candidat.id, parcours: "vae" }).returning();
    await writeResultatRow(t.db, inscription!.id, [], { decision: "absent", issues: {} });
    expect(await fireTransition(s.c.centreUser, fire(row.id, 1, "valider"), t.db)).toMatchObject({ ok: false, message: "Cette action n'est pas ouverte à votre rôle." });
    expect(await fireTransition(s.c.ud34, fire(row.id, 1, "valider"), t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect(await fireTransition(s.c.ud30, fire(row.id, 1, "renvoyer"), t.db)).toMatchObject({ ok: false, message: "Indiquez le motif." });
    expect(await fireTransition(s.c.ud30, fire(row.id, 1, "renvoyer", "PV non signé par le second juré"), t.db)).toEqual({ ok: true, data: { statut: "resultats_saisis" } });
    expect(await fireTransition(s.c.centreUser, fire(row.id, 2, "transmettre"), t.db)).toEqual({ ok: true, data: { statut: "transmise" } });
    expect(await fireTransition(s.c.ud30, fire(row.id, 3, "valider"), t.db)).toEqual({ ok: true, data: { statut: "validee" } });
    expect(await fireTransition(s.c.ud30, fire(row.id, 4, "annuler", "Erreur"), t.db)).toMatchObject({ ok: false, message: expect.stringContaining("« Validée »") });
    expect((await listAuditEventsOfEntity("session", row.id, t.db)).map((e) => e.action)).toEqual(["session.valider", "session.transmettre", "session.renvoyer"]);
  });
});
