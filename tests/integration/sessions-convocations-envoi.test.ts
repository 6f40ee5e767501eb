import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, sessionJures, sessions } from "@/db/schema";
import { parisTimeToInstant } from "@/lib/dates";
import { sendConvocations } from "@/lib/sessions/send-convocations";
import { createScopeCast, createSite, createTitreVersion } from "@/tests/fixtures/factories";
import { createJureRow } from "@/tests/fixtures/jures";
import { pdfText } from "@/tests/fixtures/pdf";
import { convokeJureRow, createAgrementRow, createSessionRow } from "@/tests/fixtures/sessions";
import { startTestSmtpServer } from "@/tests/fixtures/smtp-server";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
let servers: Awaited<ReturnType<typeof startTestSmtpServer>>[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function smtp(options: { reject?: string[] } = {}) {
  const server = await startTestSmtpServer(options);
  servers.push(server);
  for (const [key, value] of Object.entries(server.env)) vi.stubEnv(key, value);
  return server;
}

async function sessionWithJury(db: Db) {
  const cast = await createScopeCast(db);
  const site = await createSite(db, cast.centreGard.id, "Plateau technique");
  const { version } = await createTitreVersion(db, { intitule: "Agent de restauration" });
  const agrement = await createAgrementRow(db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id });
  const session = await createSessionRow(db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id, agrementId: agrement.id, dateDebut: "2027-05-11", dateFin: "2027-05-12", statut: "jury_constitue" });
  const nguyen = await createJureRow(db, { nomNaissance: "NGUYỄN", prenoms: "Thị Mai", email: "mai.nguyen@exemple.fr" });
  const orsted = await createJureRow(db, { civilite: "Monsieur", nomNaissance: "ØRSTED", nomUsage: "Ørsted", prenoms: "Søren", email: "soren.orsted@exemple.dk", departement: "34" });
  const sansCourriel = await createJureRow(db, { nomNaissance: "GÜNEŞ", prenoms: "Ayşe", email: null });
  const retire = await createJureRow(db, { nomNaissance: "RETIRÉ", prenoms: "Paul", email: "paul.retire@exemple.fr" });
  for (const j of [nguyen, orsted, sansCourriel]) await convokeJureRow(db, session.id, j.id);
  await convokeJureRow(db, session.id, retire.id, { retireAt: new Date(), motifRetrait: "Indisponible" });
  return { ...cast, session, nguyen, orsted, sansCourriel, retire };
}

async function sentAt(db: Db, sessionId: string) {
  const rows = await db.select({ jureId: sessionJures.jureId, at: sessionJures.lettreEnvoyeeAt }).from(sessionJures).where(and(eq(sessionJures.sessionId, sessionId), sql`${sessionJures.retireAt} is null`));
  return new Map(rows.map((r) => [r.jureId, r.at]));
}

describe("envoi des convocations par courriel (serveur SMTP de test)", () => {
  test("chaque juré actif reçoit sa lettre (PDF) et l'invitation (.ics) ; le juré sans adresse est signalé", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    const result = await sendConvocations(c.centreUser, c.session.id, { db: t.db });
    expect(result).toEqual({
      ok: true,
      data: { envoyes: ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"], echecs: [], sansAdresse: ["Madame GÜNEŞ Ayşe"], dejaAJour: [], enCours: [] },
    });
    await server.settled();
    expect(server.received.map((r) => r.envelopeTo).sort()).toEqual([["mai.nguyen@exemple.fr"], ["soren.orsted@exemple.dk"]]);

    const { mail } = server.received.find((r) => r.envelopeTo[0] === "mai.nguyen@exemple.fr")!;
    expect(mail.subject).toBe(`Convocation au jury — session ${c.session.numero}`);
    expect(mail.from?.text).toContain("ne-pas-repondre@ceres.test");
    expect(mail.text).toContain("Convocation : le mardi 11 mai 2027 à 08:00.");
    const pdf = mail.attachments.find((a) => a.contentType === "application/pdf")!;
    expect(pdf.filename).toBe(`convocation-${c.session.numero}-nguyen-thi-mai.pdf`);
    expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf.content);
    expect(text).toContain("NGUYỄN Thị Mai");
    expect(text).toContain(c.session.numero);
    expect(text).not.toContain("Ørsted");
    const ics = mail.attachments.find((a) => a.contentType === "text/calendar")!;
    expect(ics.filename).toBe(`session-${c.session.numero}.ics`);
    const calendar = ics.content.toString("utf8");
    expect(calendar).toContain("DTSTART:20270511T060000Z");
    expect(calendar).toContain("DTSTART:20270512T060000Z");

    const at = await sentAt(t.db, c.session.id);
    expect(at.get(c.nguyen.id)).toBeInstanceOf(Date);
    expect(at.get(c.orsted.id)).toBeInstanceOf(Date);
    expect(at.get(c.sansCourriel.id)).toBeNull();
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.convocations_envoyees"));
    expect(audit).toMatchObject({
      entityId: c.session.id,
      actorId: c.centreUser.id,
      after: { envoyes: ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"], sansAdresse: ["Madame GÜNEŞ Ayşe"], nombres: { envoyes: 2, echecs: 0, sansAdresse: 1, dejaAJour: 0 } },
    });
  });

  test("rien n'est renvoyé tant que le planning n'a pas changé ; après un changement de date, tout est renvoyé", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    await sendConvocations(c.ud30, c.session.id, { db: t.db });
    const second = await sendConvocations(c.ud30, c.session.id, { db: t.db });
    expect(second).toMatchObject({ ok: true, data: { envoyes: [], dejaAJour: ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"], sansAdresse: ["Madame GÜNEŞ Ayşe"] } });
    await server.settled();
    expect(server.received).toHaveLength(2);

    await t.db
      .update(sessions)
      .set({ dateDebut: "2027-05-18", dateFin: "2027-05-18", convocationAt: parisTimeToInstant("2027-05-18", "08:00"), planningChangedAt: sql`now()` })
      .where(eq(sessions.id, c.session.id));
    const third = await sendConvocations(c.ud30, c.session.id, { db: t.db });
    expect(third).toMatchObject({ ok: true, data: { envoyes: ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"], dejaAJour: [] } });
    await server.settled();
    expect(server.received).toHaveLength(4);
    const last = server.received.at(-1)!.mail;
    expect(last.attachments.find((a) => a.contentType === "text/calendar")!.content.toString()).toContain("DTSTART:20270518T060000Z");
    expect(pdfText(last.attachments.find((a) => a.contentType === "application/pdf")!.content)).toContain("mardi 18 mai 2027");
  });

  test("une adresse refusée par le serveur n'empêche pas les autres envois et reste à envoyer", async () => {
    const server = await smtp({ reject: ["soren.orsted@exemple.dk"] });
    const c = await sessionWithJury(t.db);
    const result = await sendConvocations(c.centreUser, c.session.id, { db: t.db });
    expect(result).toMatchObject({
      ok: true,
      data: { envoyes: ["Madame NGUYỄN Thị Mai"], echecs: [{ destinataire: "Monsieur Ørsted Søren", message: "adresse refusée par le serveur de messagerie (550)" }] },
    });
    await server.settled();
    expect(server.received.map((r) => r.envelopeTo)).toEqual([["mai.nguyen@exemple.fr"]]);
    const at = await sentAt(t.db, c.session.id);
    expect(at.get(c.nguyen.id)).toBeInstanceOf(Date);
    expect(at.get(c.orsted.id)).toBeNull();
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.convocations_envoyees"));
    expect(audit?.after).toMatchObject({ echecs: ["Monsieur Ørsted Søren : adresse refusée par le serveur de messagerie (550)"], nombres: { envoyes: 1, echecs: 1 } });
  });

  test("serveur injoignable : aucun juré marqué, message en français", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    await server.close();
    servers = [];
    const result = await sendConvocations(c.centreUser, c.session.id, { db: t.db });
    expect(result).toMatchObject({ ok: true, data: { envoyes: [], echecs: [{ message: "serveur de messagerie injoignable : réessayez plus tard" }, { message: "serveur de messagerie injoignable : réessayez plus tard" }] } });
    expect([...(await sentAt(t.db, c.session.id)).values()].every((v) => v === null)).toBe(true);
  });

  test("sans configuration SMTP, l'envoi est refusé et le dit", async () => {
    vi.stubEnv("SMTP_HOST", "");
    const c = await sessionWithJury(t.db);
    expect(await sendConvocations(c.centreUser, c.session.id, { db: t.db })).toMatchObject({ ok: false, code: "refuse", message: "L'envoi par courriel n'est pas configuré sur ce serveur (SMTP_HOST)." });
  });

  test("hors périmètre : introuvable ; session en brouillon ou après l'examen : refus", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    expect(await sendConvocations(c.ud34, c.session.id, { db: t.db })).toMatchObject({ ok: false, code: "introuvable" });
    expect(await sendConvocations(c.auvergne, c.session.id, { db: t.db })).toMatchObject({ ok: false, code: "introuvable" });
    for (const statut of ["brouillon", "resultats_saisis"] as const) {
      await t.db.update(sessions).set({ statut }).where(eq(sessions.id, c.session.id));
      expect(await sendConvocations(c.centreUser, c.session.id, { db: t.db })).toMatchObject({ ok: false, code: "refuse" });
    }
    await server.settled();
    expect(server.received).toHaveLength(0);
  });

  test("session annulée : envoi refusé, en disant que la session est annulée ; rien n'est envoyé", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    await t.db.update(sessions).set({ statut: "annulee", motifStatut: "Plateau technique indisponible" }).where(eq(sessions.id, c.session.id));
    expect(await sendConvocations(c.centreUser, c.session.id, { db: t.db })).toEqual({
      ok: false,
      code: "refuse",
      message: `La session n° ${c.session.numero} est annulée : ses convocations ne s'envoient plus.`,
    });
    expect(await sendConvocations(c.ud34, c.session.id, { db: t.db })).toMatchObject({ ok: false, code: "introuvable" });
    await server.settled();
    expect(server.received).toHaveLength(0);
    expect([...(await sentAt(t.db, c.session.id)).values()].every((v) => v === null)).toBe(true);
  });
});

describe("deux envois à la fois (double clic, deux utilisateurs)", () => {
  test("chaque juré ne reçoit qu'un message ; l'autre demande le dit en cours ou déjà à jour", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    const results = await Promise.all([sendConvocations(c.centreUser, c.session.id, { db: t.db }), sendConvocations(c.ud30, c.session.id, { db: t.db })]);
    await server.settled();
    expect(server.received.map((r) => r.envelopeTo[0]).sort()).toEqual(["mai.nguyen@exemple.fr", "soren.orsted@exemple.dk"]);
    const reports = results.map((r) => {
      if (!r.ok) throw new Error(r.message);
      return r.data;
    });
    const jury = ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"];
    expect(reports.flatMap((r) => r.envoyes).sort()).toEqual(jury);
    expect(reports.flatMap((r) => [...r.enCours, ...r.dejaAJour]).sort()).toEqual(jury);
    expect(reports.flatMap((r) => r.echecs)).toEqual([]);
    const at = await sentAt(t.db, c.session.id);
    expect(at.get(c.nguyen.id)).toBeInstanceOf(Date);
    expect(at.get(c.orsted.id)).toBeInstanceOf(Date);
  });

  test("trois demandes simultanées : toujours un seul message par juré", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    await Promise.all([c.centreUser, c.ud30, c.national].map((u) => sendConvocations(u, c.session.id, { db: t.db })));
    await server.settled();
    expect(server.received.map((r) => r.envelopeTo[0]).sort()).toEqual(["mai.nguyen@exemple.fr", "soren.orsted@exemple.dk"]);
  });

  test("un envoi échoué libère les jurés : la demande suivante les envoie", async () => {
    const down = await smtp();
    const c = await sessionWithJury(t.db);
    await down.close();
    servers = [];
    const failed = await sendConvocations(c.centreUser, c.session.id, { db: t.db });
    expect(failed).toMatchObject({ ok: true, data: { envoyes: [], enCours: [] } });
    const server = await smtp();
    const retry = await sendConvocations(c.centreUser, c.session.id, { db: t.db });
    expect(retry).toMatchObject({ ok: true, data: { envoyes: ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"], enCours: [] } });
    await server.settled();
    expect(server.received).toHaveLength(2);
  });

  test("une réservation abandonnée (serveur arrêté pendant l'envoi) est reprise après dix minutes", async () => {
    const server = await smtp();
    const c = await sessionWithJury(t.db);
    await t.db.update(sessionJures).set({ envoiEnCoursAt: sql`now() - interval '3 minutes'` }).where(eq(sessionJures.jureId, c.nguyen.id));
    await t.db.update(sessionJures).set({ envoiEnCoursAt: sql`now() - interval '11 minutes'` }).where(eq(sessionJures.jureId, c.orsted.id));
    const result = await sendConvocations(c.centreUser, c.session.id, { db: t.db });
    expect(result).toMatchObject({ ok: true, data: { envoyes: ["Monsieur Ørsted Søren"], enCours: ["Madame NGUYỄN Thị Mai"] } });
    await server.settled();
    expect(server.received.map((r) => r.envelopeTo[0])).toEqual(["soren.orsted@exemple.dk"]);
  });
});
