import { eq, inArray } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { auditEvents, parcheminImpressions, parcheminLienUsages, parcheminLiens, parchemins } from "@/db/schema";
import { annulerParchemin } from "@/lib/parchemins/annulation";
import { assignParcheminNumeros } from "@/lib/parchemins/assign-numeros";
import { imprimerParchemin, imprimerParcheminsSession } from "@/lib/parchemins/impressions";
import { creerLienParchemin, hashToken, resolveLien, revoquerLienParchemin } from "@/lib/parchemins/liens";
import { formatParcheminNumero, generateParcheminNumero, isValidParcheminNumero } from "@/lib/parchemins/numero";
import { loadParcheminAImprimer, loadParcheminsSessionAImprimer } from "@/lib/parchemins/pdf/load";
import { renderParcheminsPdf, renderParcheminsStream } from "@/lib/parchemins/pdf/render";
import { lienPdfResponse, parcheminPdfResponse, sessionParcheminsPdfResponse } from "@/lib/parchemins/pdf/response";
import { listVersionsSansNsf } from "@/lib/parchemins/versions-sans-nsf";
import { titreVersions } from "@/db/schema";
import { createScopeCast, createTitreVersion } from "@/tests/fixtures/factories";
import { createSessionAvecParchemins } from "@/tests/fixtures/parchemins";
import { pdfText } from "@/tests/fixtures/pdf";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

async function setup(options: { numerotes?: boolean; imprimes?: boolean; candidats?: number } = {}) {
  const cast = await createScopeCast(t.db);
  const s = await createSessionAvecParchemins(t.db, { centreId: cast.centreGard.id, ...options });
  return { ...cast, ...s };
}

const numeroOf = async (id: string) => (await t.db.select({ numero: parchemins.numero }).from(parchemins).where(eq(parchemins.id, id)))[0]!.numero;
const request = (path: string) => new Request(`http://ceres.test${path}`);

describe("numérotation", () => {
  test("des transactions parallèles numérotent chacune ses parchemins : aucun doublon, chaque numéro bien formé", async () => {
    const c = await setup({ numerotes: false, candidats: 24 });
    const ids = c.parchemins.map((p) => p.id);
    const groups = Array.from({ length: 8 }, (_, i) => ids.slice(i * 3, i * 3 + 3));
    const results = await Promise.all(groups.map((group) => t.db.transaction((tx) => assignParcheminNumeros(tx, group))));
    const numeros = results.flatMap((m) => [...m.values()]);
    expect(numeros).toHaveLength(24);
    expect(new Set(numeros).size).toBe(24);
    expect(numeros.every(isValidParcheminNumero)).toBe(true);
    const stored = await t.db.select({ numero: parchemins.numero }).from(parchemins).where(inArray(parchemins.id, ids));
    expect(new Set(stored.map((r) => r.numero)).size).toBe(24);
  });

  test("un numéro déjà pris est tiré à nouveau (générateur forcé sur un numéro existant)", async () => {
    const c = await setup({ numerotes: false, candidats: 2 });
    const [a, b] = c.parchemins;
    const pris = await t.db.transaction((tx) => assignParcheminNumeros(tx, [a!.id]));
    const libre = generateParcheminNumero();
    const draws = [pris.get(a!.id)!, libre];
    const generate = vi.fn(() => draws.shift() ?? generateParcheminNumero());
    const got = await t.db.transaction((tx) => assignParcheminNumeros(tx, [b!.id], generate));
    expect(got.get(b!.id)).toBe(libre);
    expect(generate).toHaveBeenCalledTimes(2);
  });

  test("deux transactions qui tirent le même numéro en même temps : la seconde en tire un autre", async () => {
    const c = await setup({ numerotes: false, candidats: 2 });
    const [a, b] = c.parchemins;
    const meme = generateParcheminNumero();
    const autre = generateParcheminNumero();
    let firstDrawn!: () => void;
    const drawn = new Promise<void>((resolve) => (firstDrawn = resolve));
    const first = t.db.transaction(async (tx) => {
      const m = await assignParcheminNumeros(tx, [a!.id], () => meme);
      firstDrawn();
      await new Promise((resolve) => setTimeout(resolve, 150)); // still uncommitted while the second draws
      return m;
    });
    await drawn;
    const drawsB = [meme, autre];
    const second = t.db.transaction((tx) => assignParcheminNumeros(tx, [b!.id], () => drawsB.shift() ?? generateParcheminNumero()));
    const [ma, mb] = await Promise.all([first, second]);
    expect(ma.get(a!.id)).toBe(meme);
    expect(mb.get(b!.id)).toBe(autre);
  });

  test("un parchemin numéroté n'est jamais renuméroté", async () => {
    const c = await setup({ candidats: 1 });
    const p = c.parchemins[0]!;
    const got = await t.db.transaction((tx) => assignParcheminNumeros(tx, [p.id]));
    expect(got.get(p.id)).toBe(p.numero);
  });

  test("rétro-numérotation : un parchemin sans numéro reçoit le sien à sa première impression, et le garde", async () => {
    const c = await setup({ numerotes: false, candidats: 1 });
    const p = c.parchemins[0]!;
    expect(p.numero).toBeNull();
    const first = await imprimerParchemin(c.ud30, { parcheminId: p.id, motif: "original" }, t.db);
    expect(first.ok).toBe(true);
    const numero = await numeroOf(p.id);
    expect(numero && isValidParcheminNumero(numero)).toBe(true);
    expect(first.ok && first.data.numero).toBe(numero);
    const second = await imprimerParchemin(c.ud30, { parcheminId: p.id, motif: "perte", commentaire: "Perdu lors d'un déménagement" }, t.db);
    expect(second.ok && second.data.numero).toBe(numero);
    expect(await numeroOf(p.id)).toBe(numero);
    const audits = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, p.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["parchemin.imprime", "parchemin.imprime", "parchemin.numerote"]);
  });
});

describe("impressions", () => {
  test("la première impression est l'original, les suivantes des duplicatas ; chacune est enregistrée (qui, quand, pourquoi)", async () => {
    const c = await setup({ candidats: 1 });
    const p = c.parchemins[0]!;
    expect(await imprimerParchemin(c.ud30, { parcheminId: p.id, motif: "duplicata" }, t.db)).toMatchObject({ ok: false, code: "refuse" });
    expect(await imprimerParchemin(c.ud30, { parcheminId: p.id, motif: "original" }, t.db)).toMatchObject({ ok: true });
    expect(await imprimerParchemin(c.ud30, { parcheminId: p.id, motif: "original" }, t.db)).toMatchObject({ ok: false, code: "refuse" });
    expect(await imprimerParchemin(c.occitanie, { parcheminId: p.id, motif: "duplicata", commentaire: "Demande de l'employeur" }, t.db)).toMatchObject({ ok: true });
    const rows = await t.db.select().from(parcheminImpressions).where(eq(parcheminImpressions.parcheminId, p.id)).orderBy(parcheminImpressions.imprimeAt);
    expect(rows.map((r) => [r.motif, r.imprimePar, r.commentaire])).toEqual([
      ["original", c.ud30.id, null],
      ["duplicata", c.occitanie.id, "Demande de l'employeur"],
    ]);
    expect((await loadParcheminAImprimer(t.db, c.ud30, p.id))?.duplicata).toBe(true);
  });

  test.each(["centreUser", "ud34", "auvergne"] as const)("%s n'imprime pas un parchemin du Gard (introuvable), et la route répond 404 sans rien rendre", async (who) => {
    const c = await setup({ candidats: 1, imprimes: true });
    const p = c.parchemins[0]!;
    expect(await imprimerParchemin(c[who], { parcheminId: p.id, motif: "duplicata" }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    const render = vi.fn(renderParcheminsStream);
    expect((await parcheminPdfResponse(request("/"), c[who], p.id, { db: t.db, render })).status).toBe(404);
    expect((await sessionParcheminsPdfResponse(request("/"), c[who], c.session.id, { db: t.db, render })).status).toBe(404);
    expect(render).not.toHaveBeenCalled();
  });

  test.each(["national", "occitanie", "ud30"] as const)("%s imprime un parchemin du Gard", async (who) => {
    const c = await setup({ candidats: 1 });
    expect(await imprimerParchemin(c[who], { parcheminId: c.parchemins[0]!.id, motif: "original" }, t.db)).toMatchObject({ ok: true });
  });

  test("un parchemin jamais imprimé n'est pas rendu par la route (l'impression passe par l'événement)", async () => {
    const c = await setup({ candidats: 1 });
    expect((await parcheminPdfResponse(request("/"), c.ud30, c.parchemins[0]!.id, { db: t.db })).status).toBe(404);
    expect((await parcheminPdfResponse(request("/"), null, c.parchemins[0]!.id, { db: t.db })).status).toBe(401);
  });

  test("le lot de la session : un original pour chaque parchemin, puis des duplicatas ; sans le parchemin annulé", async () => {
    const c = await setup({ numerotes: false });
    const [annule, ...autres] = c.parchemins;
    await t.db.update(parchemins).set({ statut: "annule", annuleAt: new Date(), motifAnnulation: "Erreur : test" }).where(eq(parchemins.id, annule!.id));
    expect(await imprimerParcheminsSession(c.ud30, c.session.id, t.db)).toEqual({ ok: true, data: { imprimes: 4, originaux: 4 } });
    expect(await imprimerParcheminsSession(c.ud30, c.session.id, t.db)).toEqual({ ok: true, data: { imprimes: 4, originaux: 0 } });
    expect(await numeroOf(annule!.id)).toBeNull();
    for (const p of autres) expect(isValidParcheminNumero((await numeroOf(p.id))!)).toBe(true);
    const batch = await loadParcheminsSessionAImprimer(t.db, c.ud30, c.session.id);
    expect(batch?.items).toHaveLength(4);
    expect(batch?.items.every((i) => i.duplicata)).toBe(true);
    expect(await imprimerParcheminsSession(c.centreUser, c.session.id, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect(await imprimerParcheminsSession(c.ud34, c.session.id, t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });
});

describe("annulation", () => {
  test("un agent régional annule avec une raison ; le parchemin ne s'imprime plus (action refusée, route 404)", async () => {
    const c = await setup({ candidats: 1, imprimes: true });
    const p = c.parchemins[0]!;
    expect(await annulerParchemin(c.ud30, { parcheminId: p.id, version: p.version, raison: "fraude", precision: "" }, t.db)).toMatchObject({ ok: false, code: "invalide" });
    expect(await annulerParchemin(c.ud30, { parcheminId: p.id, version: p.version + 5, raison: "fraude", precision: "Faux relevé" }, t.db)).toMatchObject({ ok: false, code: "conflit_version" });
    expect(await annulerParchemin(c.ud30, { parcheminId: p.id, version: p.version, raison: "fraude", precision: "Faux relevé de notes" }, t.db)).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(parchemins).where(eq(parchemins.id, p.id));
    expect(row).toMatchObject({ statut: "annule", annulePar: c.ud30.id, motifAnnulation: "Fraude : Faux relevé de notes", numero: p.numero });
    expect(await imprimerParchemin(c.ud30, { parcheminId: p.id, motif: "duplicata" }, t.db)).toMatchObject({ ok: false, code: "refuse" });
    expect((await parcheminPdfResponse(request("/"), c.ud30, p.id, { db: t.db })).status).toBe(404);
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "parchemin.annule"));
    expect(audit).toMatchObject({ entityId: p.id, reason: "Fraude : Faux relevé de notes" });
  });

  test.each(["national", "centreUser", "ud34"] as const)("%s n'annule pas un parchemin du Gard", async (who) => {
    const c = await setup({ candidats: 1 });
    const p = c.parchemins[0]!;
    expect(await annulerParchemin(c[who], { parcheminId: p.id, version: p.version, raison: "erreur", precision: "Mauvais candidat" }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect((await t.db.select().from(parchemins).where(eq(parchemins.id, p.id)))[0]!.statut).toBe("valide");
  });
});

describe("liens de téléchargement", () => {
  test("un lien de 30 jours : seul le SHA-256 du jeton est gardé ; chaque usage est journalisé ; expiré, il ne sert plus", async () => {
    const c = await setup({ candidats: 1, numerotes: false });
    const p = c.parchemins[0]!;
    const now = new Date("2027-04-01T10:00:00Z");
    const created = await creerLienParchemin(c.ud30, { parcheminId: p.id, destinataire: "thi-lan@example.fr" }, t.db, now);
    if (!created.ok) throw new Error(created.message);
    expect(created.data.expireAt.toISOString()).toBe("2027-05-01T10:00:00.000Z");
    const [stored] = await t.db.select().from(parcheminLiens).where(eq(parcheminLiens.id, created.data.lienId));
    expect(stored!.tokenHash).toBe(hashToken(created.data.token));
    expect(JSON.stringify(stored)).not.toContain(created.data.token);
    expect(await numeroOf(p.id)).not.toBeNull(); // the link serves a numbered parchemin

    expect(await resolveLien(t.db, created.data.token, new Date("2027-04-02T00:00:00Z"), { adresseIp: "203.0.113.7" })).toMatchObject({ parcheminId: p.id });
    expect(await resolveLien(t.db, created.data.token, new Date("2027-05-01T10:00:01Z"), { adresseIp: "203.0.113.8" })).toBeNull();
    expect(await resolveLien(t.db, "x".repeat(43), new Date("2027-04-02T00:00:00Z"))).toBeNull();
    const usages = await t.db.select().from(parcheminLienUsages).where(eq(parcheminLienUsages.lienId, created.data.lienId));
    expect(usages.map((u) => u.adresseIp)).toEqual(["203.0.113.7"]);
  });

  test("la route publique sert le PDF et journalise l'usage ; révoqué ou parchemin annulé, elle renvoie vers « lien invalide ou expiré »", async () => {
    const c = await setup({ candidats: 2 });
    const [p, q] = c.parchemins;
    const a = await creerLienParchemin(c.ud30, { parcheminId: p!.id }, t.db);
    const b = await creerLienParchemin(c.occitanie, { parcheminId: q!.id }, t.db);
    if (!a.ok || !b.ok) throw new Error("lien non créé");
    const get = (token: string) => lienPdfResponse(new Request(`http://ceres.test/telechargement/${token}/pdf`, { headers: { "x-forwarded-for": "198.51.100.4" } }), token, { db: t.db });
    const served = await get(a.data.token);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(pdfText(Buffer.from(await served.arrayBuffer()))).toContain(formatParcheminNumero(p!.numero!));
    expect(await t.db.select().from(parcheminLienUsages)).toMatchObject([{ lienId: a.data.lienId, adresseIp: "198.51.100.4" }]);

    expect(await revoquerLienParchemin(c.ud34, { lienId: a.data.lienId }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
    expect(await revoquerLienParchemin(c.ud30, { lienId: a.data.lienId }, t.db)).toMatchObject({ ok: true });
    const revoked = await get(a.data.token);
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get("location")).toBe(`http://ceres.test/telechargement/${a.data.token}`);

    await annulerParchemin(c.ud30, { parcheminId: q!.id, version: q!.version, raison: "erreur", precision: "Erreur de saisie du jury" }, t.db);
    expect((await get(b.data.token)).status).toBe(303);
    expect((await get("inconnu")).status).toBe(303);
  });

  test.each(["national", "centreUser", "ud34"] as const)("%s ne crée pas de lien pour un parchemin du Gard", async (who) => {
    const c = await setup({ candidats: 1 });
    expect(await creerLienParchemin(c[who], { parcheminId: c.parchemins[0]!.id }, t.db)).toMatchObject({ ok: false, code: "introuvable" });
  });
});

describe("le PDF", () => {
  test("porte le numéro, le code NSF, le RNCP, la commune de l'UD et les noms avec leurs diacritiques ; « Duplicata » sur un duplicata", async () => {
    const c = await setup({ imprimes: true });
    await imprimerParchemin(c.ud30, { parcheminId: c.parchemins[1]!.id, motif: "duplicata" }, t.db);
    const response = await sessionParcheminsPdfResponse(request("/"), c.ud30, c.session.id, { db: t.db });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`parchemins-session-${c.session.numero}.pdf`);
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages).toHaveLength(5);
    for (const p of c.parchemins) expect(text).toContain(formatParcheminNumero(p.numero!));
    for (const name of ["NGUYỄN Thị Lan", "ØRSTED Søren", "KOWALSKI Łukasz", "DUPONT-L'HERMITTE Zoë Marie", "ÅSTRÖM Anaïs"]) expect(text).toContain(name);
    expect(text).toContain("Code NSF 330t");
    expect(text).toContain("RNCP37869");
    expect(text).toContain("Fait à Nîmes, le 20 mars 2027");
    expect(text).toContain("Titre professionnel");
    expect(text).toContain("République française — Ministère du Travail");
    expect(text).toContain("Pour le ministre et par délégation");
    const duplicatas = pages.filter((page) => /duplicata/i.test(page));
    expect(duplicatas).toHaveLength(1);
    expect(duplicatas[0]).toContain(formatParcheminNumero(c.parchemins[1]!.numero!));
  });

  test("un seul parchemin : niveau et date de naissance imprimés", async () => {
    const c = await setup({ candidats: 1, imprimes: true });
    const item = await loadParcheminAImprimer(t.db, c.national, c.parchemins[0]!.id);
    const text = pdfText(await renderParcheminsPdf([item!], "https://ceres.example"));
    expect(text).toContain("de niveau 3");
    expect(text).toMatch(/née le \d\d\/\d\d\/\d{4} à/);
    expect(text).toContain("ceres.example/verifier");
    expect(text).not.toMatch(/duplicata/i);
  });
});

test("la liste des versions de titre sans code NSF (administration centrale)", async () => {
  const complete = await createTitreVersion(t.db, { intitule: "Titre complet" });
  const sans = await createTitreVersion(t.db, { intitule: "Titre sans NSF" });
  await t.db.update(titreVersions).set({ nsfCode: null }).where(eq(titreVersions.id, sans.version.id));
  const versions = await listVersionsSansNsf(t.db);
  expect(versions.map((v) => v.versionId)).toEqual([sans.version.id]);
  expect(versions[0]).toMatchObject({ code: sans.titre.code, intitule: "Titre sans NSF" });
  expect(versions.map((v) => v.versionId)).not.toContain(complete.version.id);
});
