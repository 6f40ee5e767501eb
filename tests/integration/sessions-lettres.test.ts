import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, sessionJures, sessions } from "@/db/schema";
import { listConvocationEnvois } from "@/lib/sessions/letters/envois";
import { loadConvocationLetters } from "@/lib/sessions/letters/load";
import { renderConvocationsStream } from "@/lib/sessions/letters/render";
import { convocationLettersResponse } from "@/lib/sessions/letters/response";
import { asCurrentUser, createScopeCast, createSite, createTitreVersion, createUserRow } from "@/tests/fixtures/factories";
import { createJureRow } from "@/tests/fixtures/jures";
import { pdfText } from "@/tests/fixtures/pdf";
import { convokeJureRow, createAgrementRow, createSessionRow } from "@/tests/fixtures/sessions";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

async function sessionWithJury(db: Db) {
  const cast = await createScopeCast(db);
  const site = await createSite(db, cast.centreGard.id, "Plateau technique");
  const { version } = await createTitreVersion(db, { intitule: "Agent de restauration" });
  const agrement = await createAgrementRow(db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id });
  const session = await createSessionRow(db, { centreId: cast.centreGard.id, siteId: site.id, titreVersionId: version.id, agrementId: agrement.id, dateDebut: "2027-05-11", dateFin: "2027-05-12" });
  const nguyen = await createJureRow(db, { nomNaissance: "NGUYỄN", prenoms: "Thị Mai" });
  const orsted = await createJureRow(db, { civilite: "Monsieur", nomNaissance: "ØRSTED", nomUsage: "Ørsted", prenoms: "Søren", departement: "34" });
  const retire = await createJureRow(db, { nomNaissance: "RETIRÉE", prenoms: "Ğüneş" });
  await convokeJureRow(db, session.id, nguyen.id);
  await convokeJureRow(db, session.id, orsted.id);
  await convokeJureRow(db, session.id, retire.id, { retireAt: new Date(), motifRetrait: "Indisponible" });
  return { ...cast, session, nguyen, orsted, retire };
}

describe("chargement des lettres de convocation", () => {
  test("le jury actif de la session, dans l'ordre des noms, sans le juré retiré", async () => {
    const c = await sessionWithJury(t.db);
    const data = await loadConvocationLetters(t.db, c.centreUser, c.session.id);
    expect(data?.numero).toBe(c.session.numero);
    expect(data?.lettres.map((l) => l.destinataire)).toEqual(["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"]);
    expect(data?.jours.map((j) => j.libelle)).toEqual(["mardi 11 mai 2027", "mercredi 12 mai 2027"]);
    expect(data?.convocation).toBe("le mardi 11 mai 2027 à 08:00");
    expect(data?.site.libelle).toBe("Plateau technique");
  });

  test.each(["national", "occitanie", "ud30", "centreUser"] as const)("%s voit les lettres (session du Gard)", async (who) => {
    const c = await sessionWithJury(t.db);
    expect((await loadConvocationLetters(t.db, c[who], c.session.id))?.lettres).toHaveLength(2);
  });

  test.each(["ud34", "auvergne"] as const)("%s, hors périmètre, ne les voit pas", async (who) => {
    const c = await sessionWithJury(t.db);
    expect(await loadConvocationLetters(t.db, c[who], c.session.id)).toBeNull();
  });

  test("un autre centre ne les voit pas ; un juré retiré, inconnu ou mal formé n'a pas de lettre", async () => {
    const c = await sessionWithJury(t.db);
    const autreCentre = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: c.centreHerault.id }));
    expect(await loadConvocationLetters(t.db, autreCentre, c.session.id)).toBeNull();
    expect(await loadConvocationLetters(t.db, c.centreUser, c.session.id, c.retire.id)).toBeNull();
    expect(await loadConvocationLetters(t.db, c.centreUser, c.session.id, "0190c0de-0000-7000-8000-000000000000")).toBeNull();
    expect(await loadConvocationLetters(t.db, c.centreUser, c.session.id, "pas-un-uuid")).toBeNull();
    expect((await loadConvocationLetters(t.db, c.centreUser, c.session.id, c.orsted.id))?.lettres.map((l) => l.destinataire)).toEqual(["Monsieur Ørsted Søren"]);
  });
});

describe("téléchargement des lettres (route)", () => {
  test("hors périmètre, juré retiré ou anonyme : 404/401 sans rien rendre ni auditer", async () => {
    const c = await sessionWithJury(t.db);
    const render = vi.fn(renderConvocationsStream);
    expect((await convocationLettersResponse(c.ud34, c.session.id, undefined, { db: t.db, render })).status).toBe(404);
    expect((await convocationLettersResponse(c.centreUser, c.session.id, c.retire.id, { db: t.db, render })).status).toBe(404);
    expect((await convocationLettersResponse(c.centreUser, "0190c0de-0000-7000-8000-000000000000", undefined, { db: t.db, render })).status).toBe(404);
    expect((await convocationLettersResponse(null, c.session.id, undefined, { db: t.db, render })).status).toBe(401);
    expect(render).not.toHaveBeenCalled();
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.lettres_telechargees"))).toHaveLength(0);
  });

  test("sans juré convoqué : 404 avant le rendu", async () => {
    const c = await sessionWithJury(t.db);
    await t.db.update(sessionJures).set({ retireAt: new Date(), motifRetrait: "Annulé" }).where(eq(sessionJures.sessionId, c.session.id));
    const render = vi.fn(renderConvocationsStream);
    expect((await convocationLettersResponse(c.centreUser, c.session.id, undefined, { db: t.db, render })).status).toBe(404);
    expect(render).not.toHaveBeenCalled();
  });

  test("le PDF du jury : une page par juré, en-têtes de téléchargement, téléchargement audité", async () => {
    const c = await sessionWithJury(t.db);
    const response = await convocationLettersResponse(c.ud30, c.session.id, undefined, { db: t.db });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="convocations-jury-${c.session.numero}.pdf"`);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = pdfText(pdf);
    expect(text).toContain("NGUYỄN Thị Mai");
    expect(text).toContain("Ørsted Søren");
    expect(text).not.toContain("RETIRÉE");
    expect(text.split("\f").filter((p) => p.trim())).toHaveLength(2);
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.lettres_telechargees"));
    expect(audit).toMatchObject({ entityType: "session", entityId: c.session.id, actorId: c.ud30.id, after: { lettres: 2, jures: ["Madame NGUYỄN Thị Mai", "Monsieur Ørsted Søren"] } });
  });

  test("session annulée : lettres (une ou toutes) refusées avec un message en français, sans rendu ni audit ; hors périmètre reste 404", async () => {
    const c = await sessionWithJury(t.db);
    await t.db.update(sessions).set({ statut: "annulee", motifStatut: "Plateau technique indisponible" }).where(eq(sessions.id, c.session.id));
    const render = vi.fn(renderConvocationsStream);
    for (const jureId of [undefined, c.nguyen.id]) {
      const response = await convocationLettersResponse(c.centreUser, c.session.id, jureId, { db: t.db, render });
      expect(response.status).toBe(409);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toBe(`La session n° ${c.session.numero} est annulée : ses lettres de convocation ne sont plus disponibles.`);
    }
    expect((await convocationLettersResponse(c.ud34, c.session.id, undefined, { db: t.db, render })).status).toBe(404);
    expect((await convocationLettersResponse(c.centreUser, c.session.id, c.retire.id, { db: t.db, render })).status).toBe(404);
    expect(render).not.toHaveBeenCalled();
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.lettres_telechargees"))).toHaveLength(0);
  });

  test("la lettre d'un juré : son nom de fichier", async () => {
    const c = await sessionWithJury(t.db);
    const response = await convocationLettersResponse(c.centreUser, c.session.id, c.nguyen.id, { db: t.db });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="convocation-${c.session.numero}-nguyen-thi-mai.pdf"`);
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("Madame NGUYỄN Thị Mai");
    expect(text).not.toContain("Ørsted");
  });
});

describe("état des envois (onglet Documents)", () => {
  test("non envoyée, envoyée, puis à renvoyer après un changement de planning ; rien hors périmètre", async () => {
    const c = await sessionWithJury(t.db);
    expect((await listConvocationEnvois(c.centreUser, c.session.id, t.db)).map((e) => [e.nom, e.etat])).toEqual([
      ["NGUYỄN", "jamais_envoyee"],
      ["Ørsted", "jamais_envoyee"],
    ]);
    await t.db
      .update(sessionJures)
      .set({ lettreEnvoyeeAt: sql`now() + interval '1 minute'` })
      .where(and(eq(sessionJures.sessionId, c.session.id), eq(sessionJures.jureId, c.nguyen.id)));
    expect((await listConvocationEnvois(c.ud30, c.session.id, t.db)).map((e) => e.etat)).toEqual(["envoyee", "jamais_envoyee"]);
    await t.db.update(sessions).set({ planningChangedAt: sql`now() + interval '2 minutes'` }).where(eq(sessions.id, c.session.id));
    expect((await listConvocationEnvois(c.national, c.session.id, t.db)).map((e) => e.etat)).toEqual(["a_renvoyer", "jamais_envoyee"]);
    expect(await listConvocationEnvois(c.ud34, c.session.id, t.db)).toEqual([]);
    expect(await listConvocationEnvois(c.auvergne, c.session.id, t.db)).toEqual([]);
  });
});
