import { eq } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { auditEvents, resultatCcps, sessionPvs } from "@/db/schema";
import { loadPv, pvResponse, pvSigneResponse } from "@/lib/resultats/pv/response";
import { renderPvPdf, renderPvStream } from "@/lib/resultats/pv/render";
import { validerSession } from "@/lib/resultats/valider-session";
import { asCurrentUser, createUserRow } from "../fixtures/factories";
import { pdfText } from "../fixtures/pdf";
import { createSessionAvecCandidats, writeResultatRow } from "../fixtures/resultats";
import { sessionTransmise } from "../fixtures/validation";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const NOW = new Date("2027-03-20T09:30:00Z");

describe("PV de session", () => {
  test("le PDF porte la session, le jury, chaque candidat (Nguyễn, Ørsted…) avec ses CCP et sa décision, et un cadre de signature par juré", async () => {
    const s = await sessionTransmise(t.db);
    const data = await loadPv(t.db, s.centreUser, s.session.id, NOW);
    expect(data?.jury).toHaveLength(2);
    const text = pdfText(await renderPvPdf(data!)).replace(/\s+/g, " ");
    expect(text).toContain("Procès-verbal de la session d'examen");
    expect(text).toContain(`Session ${s.session.numero}`);
    expect(text).toContain(`${s.titre.code} ${s.titre.intitule}`);
    expect(text).toContain("millésime 01 (01/01/2020)");
    expect(text).toContain("16 30 FORMATION (SIRET 53060076600022)");
    expect(text).toContain("lundi 15 mars 2027");
    for (const nom of ["Madame NGUYỄN Thị Lan", "Monsieur ØRSTED Søren", "Monsieur KOWALSKI Łukasz", "Madame DUPONT-L'HERMITTE Zoë Marie", "Madame ÅSTRÖM Anaïs"]) expect(text).toContain(nom);
    expect(text).toMatch(/NGUYỄN Thị Lan Acquis Acquis Acquis Titre obtenu/);
    expect(text).toMatch(/ØRSTED Søren Acquis Non acquis Non acquis Partiel/);
    expect(text).toMatch(/ÅSTRÖM Anaïs Non présenté Non présenté Non présenté Absent/);
    expect(text).toContain("Signatures des membres du jury");
    for (const juror of data!.jury) expect(text).toContain(juror);
    expect(text.match(/Date et signature/g)).toHaveLength(2);
  });

  test("un CCP acquis lors d'une session validée antérieure de la même version est marqué « Capitalisé »", async () => {
    const s = await sessionTransmise(t.db);
    expect((await validerSession(s.ud30, s.session, t.db, NOW)).ok).toBe(true);
    // Ørsted, partiel (CCP 1), revient à une session CCP sur les CCP 2 et 3.
    const seconde = await createSessionAvecCandidats(t.db, { centreId: s.centreGard.id, statut: "resultats_saisis", version: s.version, candidatIds: [s.candidatIds[1]!], sessionCcpNumeros: [2, 3], dateDebut: "2027-06-07" });
    await writeResultatRow(t.db, seconde.inscriptions[0]!.id, s.ccps, { decision: "titre_obtenu", issues: { 2: "acquis", 3: "acquis" } });
    const data = await loadPv(t.db, s.centreUser, seconde.session.id, NOW);
    expect(data?.candidats[0]?.cellules.map((c) => c.label)).toEqual(["Capitalisé", "Acquis", "Acquis"]);
    const text = pdfText(await renderPvPdf(data!)).replace(/\s+/g, " ");
    expect(text).toMatch(/ØRSTED Søren Capitalisé Acquis Acquis Titre obtenu/);
    expect(text).toContain("« Capitalisé » (en italique)");
  });

  test("hors périmètre, inconnu ou anonyme : 404/401 avant tout rendu ; le téléchargement est journalisé", async () => {
    const s = await sessionTransmise(t.db);
    const render = vi.fn(renderPvStream);
    const autreCentre = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: s.centreHerault.id }));
    for (const user of [s.ud34, s.auvergne, autreCentre]) expect((await pvResponse(user, s.session.id, { db: t.db, render })).status).toBe(404);
    expect((await pvResponse(s.national, "0190c0de-0000-7000-8000-000000000000", { db: t.db, render })).status).toBe(404);
    expect((await pvResponse(null, s.session.id, { db: t.db, render })).status).toBe(401);
    expect(render).not.toHaveBeenCalled();
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.pv_telecharge"))).toHaveLength(0);
    const ok = await pvResponse(s.ud30, s.session.id, { db: t.db, now: NOW });
    const [audit, ...others] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.pv_telecharge"));
    expect(others).toHaveLength(0);
    expect(audit).toMatchObject({ actorId: s.ud30.id, entityType: "session", entityId: s.session.id, after: { candidats: 5 } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Type")).toBe("application/pdf");
    expect(ok.headers.get("Content-Disposition")).toBe(`attachment; filename="pv-session-${s.session.numero}.pdf"`);
  });
});

describe("PV signé déposé", () => {
  test("téléchargeable par l'UD et le centre (audité), introuvable ailleurs ou sans dépôt", async () => {
    const s = await sessionTransmise(t.db);
    expect((await pvSigneResponse(s.ud30, s.session.id, { db: t.db })).status).toBe(404);
    const contenu = Buffer.from("%PDF-1.4\n% PV signé\n%%EOF\n");
    await t.db.insert(sessionPvs).values({ sessionId: s.session.id, nomFichier: "pv.pdf", taille: contenu.length, contenu, deposePar: s.centreUser.id });
    for (const user of [s.ud30, s.centreUser, s.occitanie, s.national]) {
      const response = await pvSigneResponse(user, s.session.id, { db: t.db });
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(contenu)).toBe(true);
    }
    for (const user of [s.ud34, s.auvergne]) expect((await pvSigneResponse(user, s.session.id, { db: t.db })).status).toBe(404);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.pv_depose_telecharge"))).toHaveLength(4);
  });
});

test("le PV d'une session sans résultat saisi se génère (cases vides, décision « Non saisie »)", async () => {
  const s = await sessionTransmise(t.db);
  await t.db.delete(resultatCcps);
  const data = await loadPv(t.db, s.national, s.session.id, NOW);
  expect(data?.candidats[0]?.cellules.map((c) => c.label)).toEqual(["—", "—", "—"]);
});
