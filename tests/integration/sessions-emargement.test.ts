import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents } from "@/db/schema";
import { asCurrentUser, createScopeCast, createUserRow } from "@/tests/fixtures/factories";
import { createJureRow } from "@/tests/fixtures/jures";
import { pdfFonts, pdfText } from "@/tests/fixtures/pdf";
import { createSessionAvecCandidats } from "@/tests/fixtures/resultats";
import { convokeJureRow } from "@/tests/fixtures/sessions";
import { emargementResponse } from "@/lib/sessions/emargement/response";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

async function setup() {
  const cast = await createScopeCast(t.db);
  const s = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, dateDebut: "2027-03-15", dateFin: "2027-03-16" });
  const jure = await createJureRow(t.db, { civilite: "Monsieur", nomNaissance: "ĐẶNG", prenoms: "Văn Hùng" });
  await convokeJureRow(t.db, s.session.id, jure.id);
  const retire = await createJureRow(t.db, { nomNaissance: "RETIRÉE", prenoms: "Ğüneş" });
  await convokeJureRow(t.db, s.session.id, retire.id, { retireAt: new Date(), motifRetrait: "Indisponible" });
  return { cast, s };
}

describe("feuille d'émargement d'un jour de session", () => {
  test("le centre télécharge la feuille du second jour : session, titre, site, jour, candidats et jurés aux noms accentués", async () => {
    const { cast, s } = await setup();
    const response = await emargementResponse(cast.centreUser, s.session.id, "2027-03-16", t.db);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="emargement-${s.session.numero}-2027-03-16.pdf"`);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = pdfText(pdf);
    expect(text).toContain("Feuille d'émargement");
    expect(text).toContain("mardi 16 mars 2027 — Jour 2 sur 2");
    expect(text).toContain(`Session n° ${s.session.numero}`);
    expect(text).toContain(s.site.libelle);
    for (const nom of ["NGUYỄN Thị Lan", "ØRSTED Søren", "KOWALSKI Łukasz", "DUPONT-L'HERMITTE Zoë Marie", "ÅSTRÖM Anaïs", "Monsieur ĐẶNG Văn Hùng"]) expect(text).toContain(nom);
    expect(text).toContain("Candidats (5)");
    expect(text).toContain("Membres du jury (3)");
    expect(text).not.toContain("RETIRÉE");
    expect(text.match(/Signature/g)).toHaveLength(2);
    expect(pdfFonts(pdf)).not.toMatch(/Helvetica/);
  });

  test.each([
    ["un jour hors de la session", "2027-03-17"],
    ["un jour mal écrit", "16-03-2027"],
    ["une date impossible", "2027-02-30"],
  ])("%s : 404", async (_label, jour) => {
    const { cast, s } = await setup();
    expect((await emargementResponse(cast.centreUser, s.session.id, jour, t.db)).status).toBe(404);
  });

  test("hors périmètre : un autre centre et l'UD de l'Hérault reçoivent 404 ; l'UD du Gard la télécharge (journalisé) ; anonyme 401", async () => {
    const { cast, s } = await setup();
    const autreCentre = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: cast.centreHerault.id }));
    for (const user of [autreCentre, cast.ud34, cast.auvergne]) expect((await emargementResponse(user, s.session.id, "2027-03-15", t.db)).status).toBe(404);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.emargement_telechargee"))).toHaveLength(0);
    expect((await emargementResponse(cast.ud30, s.session.id, "2027-03-15", t.db)).status).toBe(200);
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.emargement_telechargee"));
    expect(audits).toMatchObject([{ actorId: cast.ud30.id, entityType: "session", entityId: s.session.id, after: { jour: "2027-03-15", candidats: 5 } }]);
    expect((await emargementResponse(null, s.session.id, "2027-03-15", t.db)).status).toBe(401);
  });
});
