import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { auditEvents, departements, livrets, sessions } from "@/db/schema";
import { getLivretForUser, listLivretsOfCandidat } from "@/lib/livrets/queries";
import { renderLivretPdf } from "@/lib/livrets/render";
import { livretResponse } from "@/lib/livrets/response";
import { asCurrentUser, createScopeCast, createUserRow } from "../fixtures/factories";
import { pdfText } from "../fixtures/pdf";
import { createSessionAvecCandidats, createVersionAvecCcps, writeResultatRow } from "../fixtures/resultats";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

/** Validates a session as the UD would leave it: status, instant, and a livret for the inscriptions given. */
async function valider(sessionId: string, valideeAt: string, livretInscriptions: string[]) {
  await t.db.update(sessions).set({ statut: "validee", transmiseAt: new Date(`${valideeAt}T08:00:00Z`), valideeAt: new Date(`${valideeAt}T14:00:00Z`) }).where(eq(sessions.id, sessionId));
  const rows = await t.db.insert(livrets).values(livretInscriptions.map((inscriptionId) => ({ inscriptionId, delivreLe: valideeAt }))).returning();
  return rows;
}

/**
 * Two sessions of one version (3 CCPs) held by the Gard centre: in A (validated 20/03/2027) NGUYỄN acquires
 * CCP 1 and KOWALSKI Łukasz CCP 2; in B (validated 25/06/2027) NGUYỄN acquires CCP 3 and sits CCP 2 again
 * without success. A session C of the same version, transmitted but not validated, gives her CCP 2: it counts
 * on no livret.
 */
async function scenario() {
  const cast = await createScopeCast(t.db);
  await t.db.update(departements).set({ udCommuneCode: "30189", udCommuneNom: "Nîmes" }).where(eq(departements.code, "30"));
  const version = await createVersionAvecCcps(t.db, 3);
  const a = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, version, candidats: 3, dateDebut: "2027-03-15", dateFin: "2027-03-16" });
  const [nguyen, orsted, lukasz] = a.candidatIds as [string, string, string];
  const inscriptionA = (candidatId: string) => a.inscriptions.find((i) => i.candidatId === candidatId)!.id;
  await writeResultatRow(t.db, inscriptionA(nguyen), a.ccps, { decision: "partiel", issues: { 1: "acquis", 2: "non_acquis", 3: "non_acquis" } });
  await writeResultatRow(t.db, inscriptionA(orsted), a.ccps, { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis", 3: "acquis" } });
  await writeResultatRow(t.db, inscriptionA(lukasz), a.ccps, { decision: "partiel", issues: { 1: "non_acquis", 2: "acquis", 3: "non_presente" } });
  const [livretA, livretLukasz] = await valider(a.session.id, "2027-03-20", [inscriptionA(nguyen), inscriptionA(lukasz)]);

  const b = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, version, candidatIds: [nguyen], dateDebut: "2027-06-21", parcours: "capitalisation" });
  await writeResultatRow(t.db, b.inscriptions[0]!.id, b.ccps, { decision: "partiel", issues: { 1: "non_presente", 2: "non_acquis", 3: "acquis" } });
  const [livretB] = await valider(b.session.id, "2027-06-25", [b.inscriptions[0]!.id]);

  const c = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, version, candidatIds: [nguyen], dateDebut: "2027-09-13", statut: "transmise" });
  await writeResultatRow(t.db, c.inscriptions[0]!.id, c.ccps, { decision: "titre_obtenu", issues: { 1: "non_presente", 2: "acquis", 3: "non_presente" } });
  return { cast, version, a, b, nguyen, lukasz, livretA: livretA!, livretB: livretB!, livretLukasz: livretLukasz! };
}

describe("livret de certification", () => {
  let s: Awaited<ReturnType<typeof scenario>>;
  beforeEach(async () => {
    s = await scenario();
  });

  test("il cumule les CCP acquis dans les sessions validées de la version, jusqu'à sa propre validation", async () => {
    const livretB = await getLivretForUser(s.cast.ud30, s.nguyen, s.livretB.id, t.db);
    expect(livretB).toMatchObject({ civilite: "Madame", nomNaissance: "NGUYỄN", prenoms: "Thị Lan", ccpsVersion: 3, sessionNumero: s.b.session.numero, delivreLe: "2027-06-25", lieuDelivrance: "Nîmes" });
    expect(livretB!.ccps.map((c) => [c.numero, c.sessionNumero, c.dateDebut, c.dateFin])).toEqual([
      [1, s.a.session.numero, "2027-03-15", "2027-03-16"],
      [3, s.b.session.numero, "2027-06-21", "2027-06-21"],
    ]);
    // The livret of A was given before B: it lists only what was acquired up to its own validation.
    const livretA = await getLivretForUser(s.cast.ud30, s.nguyen, s.livretA.id, t.db);
    expect(livretA!.ccps.map((c) => c.numero)).toEqual([1]);
    expect(livretA!.sessionNumero).toBe(s.a.session.numero);
  });

  test("la fiche du candidat liste ses livrets par version, avec les CCP acquis à ce jour", async () => {
    const versions = await listLivretsOfCandidat(s.nguyen, t.db);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.ccps.map((c) => c.numero)).toEqual([1, 3]);
    expect(versions[0]!.livrets.map((l) => [l.delivreLe, l.sessionNumero])).toEqual([
      ["2027-06-25", s.b.session.numero],
      ["2027-03-20", s.a.session.numero],
    ]);
    expect(await listLivretsOfCandidat(s.a.candidatIds[1]!, t.db)).toEqual([]);
  });

  test("hors du périmètre de la fiche candidat (autre centre, UD de l'Hérault, autre région), le livret n'existe pas", async () => {
    const autreCentre = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: s.cast.centreHerault.id }));
    for (const user of [autreCentre, s.cast.ud34, s.cast.auvergne]) {
      expect(await getLivretForUser(user, s.nguyen, s.livretB.id, t.db)).toBeNull();
    }
    for (const user of [s.cast.centreUser, s.cast.ud30, s.cast.occitanie, s.cast.national]) {
      expect(await getLivretForUser(user, s.nguyen, s.livretB.id, t.db)).not.toBeNull();
    }
    // The livret of another candidate, asked under this candidate's page, does not exist either.
    expect(await getLivretForUser(s.cast.national, s.nguyen, s.livretLukasz.id, t.db)).toBeNull();
    expect(await getLivretForUser(s.cast.national, s.nguyen, "pas-un-identifiant", t.db)).toBeNull();
  });

  test("la route répond 401 sans connexion, 404 hors périmètre sans rien rendre, et le PDF sinon, téléchargement journalisé sur la fiche", async () => {
    const render = vi.fn(async () => new Blob(["%PDF"]).stream());
    expect((await livretResponse(null, s.nguyen, s.livretB.id, { db: t.db, render })).status).toBe(401);
    expect((await livretResponse(s.cast.ud34, s.nguyen, s.livretB.id, { db: t.db, render })).status).toBe(404);
    expect(render).not.toHaveBeenCalled();
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "candidat.livret_telecharge"))).toHaveLength(0);
    const response = await livretResponse(s.cast.centreUser, s.lukasz, s.livretLukasz.id, { db: t.db, render });
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "candidat.livret_telecharge"));
    expect(audits).toMatchObject([{ actorId: s.cast.centreUser.id, entityType: "candidat", entityId: s.lukasz, after: { livret: s.livretLukasz.id } }]);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="livret-tp-\d+-kowalski-lukasz-2027-03-20\.pdf"$/);
  });

  test("le PDF imprime l'État, le candidat avec ses diacritiques, le titre, chaque CCP avec sa session et sa date, le lieu et la date de délivrance", async () => {
    const text = pdfText(await renderLivretPdf((await getLivretForUser(s.cast.centreUser, s.nguyen, s.livretB.id, t.db))!)).replace(/\s+/g, " ");
    expect(text).toContain("République française — Ministère du Travail");
    expect(text).toContain("Livret de certification");
    expect(text).toContain("Madame NGUYỄN Thị Lan");
    expect(text).toContain("Née le 10/01/1980 à Nîmes");
    expect(text).toContain(`${s.version.titre.code} — ${s.version.titre.intitule}`);
    expect(text).toContain("Niveau 3 — millésime 01");
    expect(text).toContain("CCP acquis : 2 sur 3");
    expect(text).toContain(`CCP 1 Compétence 1 du titre ${s.a.session.numero} du 15/03/2027 au 16/03/2027`);
    expect(text).toContain(`CCP 3 Compétence 3 du titre ${s.b.session.numero} 21/06/2027`);
    expect(text).not.toContain("CCP 2 ");
    expect(text).toContain("Fait à Nîmes, le 25/06/2027");
    expect(text).toContain("Pour le ministre et par délégation");

    const lukasz = pdfText(await renderLivretPdf((await getLivretForUser(s.cast.ud30, s.lukasz, s.livretLukasz.id, t.db))!)).replace(/\s+/g, " ");
    expect(lukasz).toContain("Monsieur KOWALSKI Łukasz");
    expect(lukasz).toContain(`CCP 2 Compétence 2 du titre ${s.a.session.numero}`);
  });
});
