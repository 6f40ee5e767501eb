import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, sessionJures, sessions } from "@/db/schema";
import { convokeJures } from "@/lib/sessions/convoke-jures";
import { findJuryConflicts, juryConflictsMessage } from "@/lib/sessions/jury-conflicts";
import { listInterventions, listSessionJuryForUser } from "@/lib/sessions/jury-queries";
import { removeJure } from "@/lib/sessions/remove-jure";
import { updateSession } from "@/lib/sessions/update-session";
import { asCurrentUser, createScopeCast, createSite, createTitreVersion, createUserRow, seedSomeCommunes } from "../fixtures/factories";
import { createHabilitationRow, createJureRow, createLienRow } from "../fixtures/jures";
import { convokeJureRow, createAgrementRow, createSessionRow } from "../fixtures/sessions";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

const DEBUT = "2027-05-12";
const FIN = "2027-05-13";

async function setup() {
  const cast = await createScopeCast(t.db);
  const { version } = await createTitreVersion(t.db, { finDeVie: "2027-12-31" });
  const siteGard = await createSite(t.db, cast.centreGard.id, "Site de Bagnols");
  const siteHerault = await createSite(t.db, cast.centreHerault.id, "Site de Montpellier");
  const agrementGard = await createAgrementRow(t.db, { centreId: cast.centreGard.id, siteId: siteGard.id, titreVersionId: version.id });
  const agrementHerault = await createAgrementRow(t.db, { centreId: cast.centreHerault.id, siteId: siteHerault.id, titreVersionId: version.id });
  const centreHeraultUser = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: cast.centreHerault.id, prenom: "Søren", nom: "ØRSTED" }));
  const centreRhoneUser = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: cast.centreRhone.id, prenom: "Ğül", nom: "GÜNEŞ" }));
  const sessionGard = (values: Partial<Parameters<typeof createSessionRow>[1]> = {}) =>
    createSessionRow(t.db, { centreId: cast.centreGard.id, siteId: siteGard.id, titreVersionId: version.id, agrementId: agrementGard.id, dateDebut: DEBUT, dateFin: FIN, ...values });
  const sessionHerault = (values: Partial<Parameters<typeof createSessionRow>[1]> = {}) =>
    createSessionRow(t.db, { centreId: cast.centreHerault.id, siteId: siteHerault.id, titreVersionId: version.id, agrementId: agrementHerault.id, dateDebut: DEBUT, dateFin: FIN, departementCode: "34", ...values });
  const jure = async (nomNaissance: string, prenoms: string, periodes = [{ debut: "2020-01-01", fin: "2027-12-31" }]) => {
    const row = await createJureRow(t.db, { nomNaissance, prenoms });
    await createHabilitationRow(t.db, row.id, version.id, periodes);
    return row;
  };
  return { cast, version, sessionGard, sessionHerault, centreHeraultUser, centreRhoneUser, jure };
}

const statutOf = async (id: string) => (await t.db.select({ statut: sessions.statut }).from(sessions).where(eq(sessions.id, id)))[0]!.statut;
const actions = async (id: string) => (await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.id)).map((e) => e.action);

describe("convoquer des jurés à une session", () => {
  test("un centre convoque deux jurés éligibles : le jury est constitué, chaque convocation est tracée", async () => {
    const { cast, sessionGard, jure } = await setup();
    const session = await sessionGard();
    const mai = await jure("NGUYỄN", "Thị Mai");
    const anders = await jure("ØRSTED", "Anders");
    const first = await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id] }, t.db);
    expect(first).toEqual({ ok: true, data: { convoques: 1, statut: "declaree" } });
    expect(await statutOf(session.id)).toBe("declaree");
    const second = await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [anders.id] }, t.db);
    expect(second).toEqual({ ok: true, data: { convoques: 1, statut: "jury_constitue" } });
    expect(await statutOf(session.id)).toBe("jury_constitue");
    const rows = await t.db.select().from(sessionJures).where(eq(sessionJures.sessionId, session.id));
    expect(rows.map((r) => r.convoquePar)).toEqual([cast.centreUser.id, cast.centreUser.id]);
    expect(await actions(session.id)).toEqual(["session.jure_convoque", "session.jure_convoque", "session.constituer_jury"]);
    const [version] = await t.db.select({ version: sessions.version }).from(sessions).where(eq(sessions.id, session.id));
    expect(version!.version).toBe(2);
  });

  test("l'UD du département et la DREETS convoquent ; un autre centre ou une autre UD : session introuvable", async () => {
    const { cast, sessionGard, centreRhoneUser, centreHeraultUser, jure } = await setup();
    const session = await sessionGard();
    const mai = await jure("NGUYỄN", "Thị Mai");
    for (const user of [centreRhoneUser, centreHeraultUser, cast.ud34, cast.auvergne]) {
      const result = await convokeJures(user, { sessionId: session.id, jureIds: [mai.id] }, t.db);
      expect(result).toMatchObject({ ok: false, code: "introuvable", message: "Session introuvable ou hors de votre périmètre." });
      expect(await removeJure(user, { sessionId: session.id, jureId: mai.id, motif: "Essai" }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    }
    expect(await t.db.select().from(sessionJures)).toEqual([]);
    expect(await convokeJures(cast.ud30, { sessionId: session.id, jureIds: [mai.id] }, t.db)).toMatchObject({ ok: true });
    const anders = await jure("ØRSTED", "Anders");
    expect(await convokeJures(cast.occitanie, { sessionId: session.id, jureIds: [anders.id] }, t.db)).toEqual({ ok: true, data: { convoques: 1, statut: "jury_constitue" } });
  });

  test("une UD ne convoque pas un juré qui réside hors de son département (il n'est pas dans sa liste)", async () => {
    const { cast, sessionGard, version } = await setup();
    const session = await sessionGard();
    const lyonnais = await createJureRow(t.db, { departement: "69", nomNaissance: "DUPONT", prenoms: "Élie" });
    await createHabilitationRow(t.db, lyonnais.id, version.id, [{ debut: "2020-01-01", fin: "2027-12-31" }]);
    expect(await convokeJures(cast.ud30, { sessionId: session.id, jureIds: [lyonnais.id] }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect(await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [lyonnais.id] }, t.db)).toMatchObject({ ok: true });
  });

  test("R4 revérifiée dans la transaction : le refus nomme chaque juré et sa raison, et personne n'est convoqué", async () => {
    const { cast, sessionGard, sessionHerault, jure } = await setup();
    const session = await sessionGard();
    const ok1 = await jure("MARTIN", "Léa");
    const lie = await jure("LE GALL", "Yann");
    await createLienRow(t.db, lie.id, cast.centreGard.id, { debut: "2026-01-01", fin: null }, "formateur");
    const court = await jure("ÉLIE", "Chloé", [{ debut: "2020-01-01", fin: "2027-05-12" }]);
    const ailleurs = await jure("NGUYỄN", "Văn An");
    await convokeJureRow(t.db, (await sessionHerault({ dateDebut: FIN, dateFin: "2027-05-14" })).id, ailleurs.id);
    const result = await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [ok1.id, lie.id, court.id, ailleurs.id] }, t.db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("refuse");
    expect(result.message).toContain("LE GALL Yann : Lié au centre de la session (formateur)");
    expect(result.message).toContain("ÉLIE Chloé : Habilitation valable jusqu'au 12/05/2027, avant le dernier jour de la session");
    expect(result.message).toContain("NGUYỄN Văn An : Déjà convoqué à une autre session sur ces dates");
    expect(result.message).not.toContain("MARTIN");
    expect(await t.db.select().from(sessionJures).where(eq(sessionJures.sessionId, session.id))).toEqual([]);
    expect(await actions(session.id)).toEqual([]);
  });

  test("une convocation à une session annulée, ou retirée, ou à des jours voisins ne compte pas", async () => {
    const { cast, sessionGard, sessionHerault, jure } = await setup();
    const session = await sessionGard();
    const a = await jure("ANNULÉE", "Zoé");
    await convokeJureRow(t.db, (await sessionHerault({ statut: "annulee" })).id, a.id);
    const b = await jure("RETIRÉ", "Noé");
    await convokeJureRow(t.db, (await sessionHerault()).id, b.id, { retireAt: new Date(), retirePar: cast.national.id, motifRetrait: "Malade" });
    const c = await jure("VOISIN", "Inès");
    await convokeJureRow(t.db, (await sessionHerault({ dateDebut: "2027-05-14", dateFin: "2027-05-15" })).id, c.id);
    expect(await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [a.id, b.id, c.id] }, t.db)).toEqual({ ok: true, data: { convoques: 3, statut: "jury_constitue" } });
  });

  test("un juré déjà convoqué à la session n'est pas convoqué deux fois", async () => {
    const { cast, sessionGard, jure } = await setup();
    const session = await sessionGard();
    const mai = await jure("NGUYỄN", "Thị Mai");
    await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id] }, t.db);
    expect(await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id] }, t.db)).toMatchObject({ ok: false, message: "Déjà convoqué à cette session : NGUYỄN Thị Mai." });
  });

  test.each([
    ["brouillon", "Déclarez la session pour convoquer le jury"],
    ["annulee", "La session est annulée"],
    ["resultats_saisis", "les résultats sont saisis"],
  ] as const)("session à l'état %s : le jury ne change pas", async (statut, message) => {
    const { cast, sessionGard, jure } = await setup();
    const session = await sessionGard({ statut });
    const mai = await jure("NGUYỄN", "Thị Mai");
    const result = await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id] }, t.db);
    expect(result).toMatchObject({ ok: false, code: "refuse" });
    expect(!result.ok && result.message).toContain(message);
  });

  test("deux centres convoquent le même juré au même moment pour des jours qui se recouvrent : un seul réussit", async () => {
    const { cast, sessionGard, sessionHerault, centreHeraultUser, jure } = await setup();
    // Several rounds: on PostgreSQL the two transactions run on two connections and meet on the juror's lock.
    for (let round = 0; round < 4; round++) {
      const gard = await sessionGard();
      const herault = await sessionHerault({ dateDebut: FIN, dateFin: FIN });
      const disputee = await jure("NGUYỄN", `Thị Mai ${round}`);
      const results = await Promise.all([
        convokeJures(cast.centreUser, { sessionId: gard.id, jureIds: [disputee.id] }, t.db),
        convokeJures(centreHeraultUser, { sessionId: herault.id, jureIds: [disputee.id] }, t.db),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const refused = results.find((r) => !r.ok);
      expect(refused).toMatchObject({ ok: false, code: "refuse" });
      expect(!refused!.ok && refused!.message).toContain(`NGUYỄN Thị Mai ${round} : Déjà convoqué à une autre session sur ces dates`);
      const rows = await t.db.select().from(sessionJures).where(eq(sessionJures.jureId, disputee.id));
      expect(rows).toHaveLength(1);
    }
  });
});

describe("retirer un juré du jury", () => {
  test("motif obligatoire ; la ligne reste avec le motif ; sous deux jurés la session redevient déclarée", async () => {
    const { cast, sessionGard, jure } = await setup();
    const session = await sessionGard();
    const mai = await jure("NGUYỄN", "Thị Mai");
    const anders = await jure("ØRSTED", "Anders");
    await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id, anders.id] }, t.db);
    expect(await statutOf(session.id)).toBe("jury_constitue");
    expect(await removeJure(cast.centreUser, { sessionId: session.id, jureId: mai.id, motif: "   " }, t.db)).toMatchObject({ ok: false, code: "invalide", fieldErrors: { motif: ["Indiquez le motif du retrait."] } });
    expect(await removeJure(cast.centreUser, { sessionId: session.id, jureId: mai.id, motif: "Indisponible (hospitalisée)" }, t.db)).toEqual({ ok: true, data: { statut: "declaree" } });
    expect(await statutOf(session.id)).toBe("declaree");
    const [row] = await t.db.select().from(sessionJures).where(and(eq(sessionJures.sessionId, session.id), eq(sessionJures.jureId, mai.id)));
    expect(row).toMatchObject({ retirePar: cast.centreUser.id, motifRetrait: "Indisponible (hospitalisée)" });
    expect(row!.retireAt).toBeInstanceOf(Date);
    expect((await actions(session.id)).slice(-2)).toEqual(["session.jure_retire", "session.defaire_jury"]);
    expect(await removeJure(cast.centreUser, { sessionId: session.id, jureId: mai.id, motif: "Encore" }, t.db)).toMatchObject({ ok: false, code: "refuse" });
    // Removed, the juror can be convened again (to this session or another one on these days).
    expect(await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id] }, t.db)).toEqual({ ok: true, data: { convoques: 1, statut: "jury_constitue" } });
  });

  test("trois jurés, on en retire un : le jury reste constitué", async () => {
    const { cast, sessionGard, jure } = await setup();
    const session = await sessionGard();
    const ids = [(await jure("A", "Un")).id, (await jure("B", "Deux")).id, (await jure("C", "Trois")).id];
    await convokeJures(cast.ud30, { sessionId: session.id, jureIds: ids }, t.db);
    expect(await removeJure(cast.ud30, { sessionId: session.id, jureId: ids[0]!, motif: "Conflit d'intérêts" }, t.db)).toEqual({ ok: true, data: { statut: "jury_constitue" } });
  });
});

describe("changer les dates d'une session dont le jury est convoqué", () => {
  test("findJuryConflicts nomme les jurés que R4 n'accepterait plus aux nouvelles dates", async () => {
    const { cast, version, sessionGard, sessionHerault, jure } = await setup();
    const session = await sessionGard();
    const stable = await jure("STABLE", "Anne");
    const court = await jure("ÉLIE", "Chloé", [{ debut: "2020-01-01", fin: "2027-05-20" }]);
    const occupe = await jure("NGUYỄN", "Văn An");
    const lie = await jure("LE GALL", "Yann");
    await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [stable.id, court.id, occupe.id, lie.id] }, t.db);
    await convokeJureRow(t.db, (await sessionHerault({ dateDebut: "2027-06-02", dateFin: "2027-06-02" })).id, occupe.id);
    await createLienRow(t.db, lie.id, cast.centreGard.id, { debut: "2027-06-01", fin: null }, "salarie");
    const target = { id: session.id, centreId: cast.centreGard.id, titreVersionId: version.id, finDeVie: "2027-12-31" };

    // Its own days (and the session's own convocations) raise no conflict.
    expect(await t.db.transaction((tx) => findJuryConflicts(tx, target, { debut: DEBUT, fin: FIN }))).toEqual([]);
    const conflicts = await t.db.transaction((tx) => findJuryConflicts(tx, target, { debut: "2027-06-01", fin: "2027-06-02" }));
    expect(conflicts.map((c) => c.texte).sort()).toEqual(
      [
        "ÉLIE Chloé : Habilitation valable jusqu'au 20/05/2027, avant le dernier jour de la session",
        "LE GALL Yann : Lié au centre de la session (salarié)",
        "NGUYỄN Văn An : Déjà convoqué à une autre session sur ces dates",
      ].sort(),
    );
    expect(juryConflictsMessage(conflicts)).toMatch(/^Ces dates ne conviennent pas à tout le jury\. Retirez d'abord du jury : .*ÉLIE Chloé/);
  });

  test("la modification des dates est refusée tant qu'un juré convoqué ne convient pas ; acceptée une fois retiré", async () => {
    const { cast, sessionGard, jure } = await setup();
    await seedSomeCommunes(t.db);
    const session = await sessionGard();
    const stable = await jure("STABLE", "Anne");
    const court = await jure("ÉLIE", "Chloé", [{ debut: "2020-01-01", fin: "2027-05-20" }]);
    await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [stable.id, court.id] }, t.db);
    const edit = (version: number) => ({
      id: session.id,
      version,
      dateDebut: "2027-06-01",
      dateFin: "2027-06-02",
      heureDebut: "08:00",
      convocationSaisie: false,
      convocationDate: "2027-06-01",
      convocationHeure: "08:00",
      capacite: 12,
      siteId: session.siteId,
      type: "titre" as const,
      ccpIds: [],
    });
    const [before] = await t.db.select({ version: sessions.version }).from(sessions).where(eq(sessions.id, session.id));
    const refused = await updateSession(cast.centreUser, edit(before!.version), t.db);
    expect(refused).toMatchObject({ ok: false, code: "refuse" });
    expect(!refused.ok && refused.message).toBe(
      "Ces dates ne conviennent pas à tout le jury. Retirez d'abord du jury : ÉLIE Chloé : Habilitation valable jusqu'au 20/05/2027, avant le dernier jour de la session.",
    );
    const [unchanged] = await t.db.select({ dateDebut: sessions.dateDebut, version: sessions.version }).from(sessions).where(eq(sessions.id, session.id));
    expect(unchanged).toEqual({ dateDebut: DEBUT, version: before!.version });

    await removeJure(cast.centreUser, { sessionId: session.id, jureId: court.id, motif: "Habilitation trop courte pour les nouvelles dates" }, t.db);
    const [current] = await t.db.select({ version: sessions.version }).from(sessions).where(eq(sessions.id, session.id));
    expect(await updateSession(cast.centreUser, edit(current!.version), t.db)).toEqual({ ok: true, data: { id: session.id } });
  });
});

describe("interventions d'un juré et jury d'une session", () => {
  test("les sessions de la version où le juré est convoqué : ni retiré, ni annulée, ni autre version", async () => {
    const { cast, version, sessionGard, sessionHerault, jure } = await setup();
    const mai = await jure("NGUYỄN", "Thị Mai");
    const siege = await sessionGard({ dateDebut: "2027-03-02", dateFin: "2027-03-03" });
    await convokeJureRow(t.db, siege.id, mai.id);
    await convokeJureRow(t.db, (await sessionHerault({ dateDebut: "2027-04-01", dateFin: "2027-04-01" })).id, mai.id, { retireAt: new Date(), motifRetrait: "Malade" });
    await convokeJureRow(t.db, (await sessionGard({ dateDebut: "2027-04-08", dateFin: "2027-04-08", statut: "annulee" })).id, mai.id);
    const autre = await createTitreVersion(t.db);
    const siteAutre = await createSite(t.db, cast.centreGard.id);
    const agrementAutre = await createAgrementRow(t.db, { centreId: cast.centreGard.id, siteId: siteAutre.id, titreVersionId: autre.version.id });
    await convokeJureRow(t.db, (await createSessionRow(t.db, { centreId: cast.centreGard.id, siteId: siteAutre.id, titreVersionId: autre.version.id, agrementId: agrementAutre.id, dateDebut: "2027-05-01" })).id, mai.id);

    const forUd30 = await listInterventions(cast.ud30, { jureId: mai.id, titreVersionId: version.id }, t.db);
    expect(forUd30).toEqual([{ sessionId: siege.id, numero: siege.numero, dateDebut: "2027-03-02", dateFin: "2027-03-03", statut: "declaree", centre: "16 30 FORMATION", visible: true }]);
    // The habilitation screen is the juror's; a session of another département is listed, without its link.
    expect((await listInterventions(cast.ud34, { jureId: mai.id, titreVersionId: version.id }, t.db)).map((i) => i.visible)).toEqual([false]);
    expect(await listInterventions(cast.national, { jureId: mai.id, titreVersionId: autre.version.id }, t.db)).toHaveLength(1);
  });

  test("le jury d'une session : actifs d'abord, retirés avec motif, lettre à renvoyer après un changement de planning ; hors périmètre : rien", async () => {
    const { cast, sessionGard, jure } = await setup();
    const session = await sessionGard();
    const mai = await jure("NGUYỄN", "Thị Mai");
    const anders = await jure("ØRSTED", "Anders");
    const noe = await jure("RETIRÉ", "Noé");
    await convokeJures(cast.centreUser, { sessionId: session.id, jureIds: [mai.id, anders.id, noe.id] }, t.db);
    await removeJure(cast.centreUser, { sessionId: session.id, jureId: noe.id, motif: "Indisponible" }, t.db);
    await t.db.update(sessionJures).set({ lettreEnvoyeeAt: new Date(Date.now() - 86_400_000) }).where(eq(sessionJures.jureId, mai.id));
    await t.db.update(sessionJures).set({ lettreEnvoyeeAt: new Date("2999-01-10T10:00:00Z") }).where(eq(sessionJures.jureId, anders.id));
    const jury = await listSessionJuryForUser(cast.centreUser, session.id, t.db);
    expect(jury.map((j) => [j.prenoms, j.lettreARenvoyer, j.motifRetrait, j.convoquePar])).toEqual([
      ["Thị Mai", true, null, "Camille FORMATRICE"],
      ["Anders", false, null, "Camille FORMATRICE"],
      ["Noé", false, "Indisponible", "Camille FORMATRICE"],
    ]);
    expect(jury[2]!.retirePar).toBe("Camille FORMATRICE");
    expect(await listSessionJuryForUser(cast.ud34, session.id, t.db)).toEqual([]);
    expect(await listSessionJuryForUser(cast.auvergne, session.id, t.db)).toEqual([]);
  });
});
