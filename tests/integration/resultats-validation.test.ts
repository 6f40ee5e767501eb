import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, livrets, parchemins, sessionPvs, sessions, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { NUMERO_LENGTH } from "@/lib/parchemins/numero";
import { transmettreSession } from "@/lib/resultats/transmettre-session";
import { validerSession } from "@/lib/resultats/valider-session";
import { fireTransition } from "@/lib/sessions/fire-transition";
import { createScopeCast } from "../fixtures/factories";
import { createSessionAvecCandidats, createVersionAvecCcps, writeResultatRow } from "../fixtures/resultats";
import { sessionTransmise, setUdCommune } from "../fixtures/validation";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const NOW = new Date("2027-03-20T09:30:00Z");

async function statutOf(db: Db, id: string) {
  const [row] = await db.select({ statut: sessions.statut, version: sessions.version, valideePar: sessions.valideePar, transmiseAt: sessions.transmiseAt }).from(sessions).where(eq(sessions.id, id));
  return row!;
}

const valider = (user: CurrentUser, session: { id: string; version: number }) => validerSession(user, { id: session.id, version: session.version }, t.db, NOW);

describe("validation d'une session transmise", () => {
  test("crée un parchemin numéroté par titre obtenu, avec l'instantané du titre et de l'UD, et un livret par partiel", async () => {
    const s = await sessionTransmise(t.db);
    const result = await valider(s.ud30, s.session);
    expect(result).toEqual({ ok: true, data: { parchemins: 2, livrets: 1 } });

    const issued = await t.db.select().from(parchemins).orderBy(parchemins.inscriptionId);
    expect(issued.map((p) => p.inscriptionId).sort()).toEqual([s.ids.nguyen, s.ids.zoe].sort());
    for (const p of issued) {
      expect(p.numero).toMatch(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${NUMERO_LENGTH}}$`));
      expect(p).toMatchObject({
        statut: "valide",
        delivreLe: "2027-03-20",
        departementCode: "30",
        lieuDelivranceCode: "30189",
        lieuDelivranceNom: "Nîmes",
        titreCode: s.titre.code,
        titreIntitule: s.titre.intitule,
        niveau: 3,
        nsfCode: "330t",
        rncp: "RNCP35028",
      });
    }
    expect(new Set(issued.map((p) => p.numero)).size).toBe(2);
    expect(await t.db.select({ inscriptionId: livrets.inscriptionId, delivreLe: livrets.delivreLe }).from(livrets)).toEqual([{ inscriptionId: s.ids.orsted, delivreLe: "2027-03-20" }]);

    const after = await statutOf(t.db, s.session.id);
    expect(after).toMatchObject({ statut: "validee", version: s.session.version + 1, valideePar: s.ud30.id });
    const [event] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "session.valider"), eq(auditEvents.entityId, s.session.id)));
    expect(event).toMatchObject({ actorId: s.ud30.id, before: { statut: "transmise" }, after: { statut: "validee", parchemins: 2, livrets: 1 } });
  });

  test("refuse quand la version n'a pas de code NSF et qu'un candidat obtient le titre : le message nomme le champ, rien n'est créé", async () => {
    const s = await sessionTransmise(t.db);
    await t.db.update(titreVersions).set({ nsfCode: null }).where(eq(titreVersions.id, s.version.id));
    const result = await valider(s.ud30, s.session);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe(
      `Le code NSF de la version « millésime 01 (01/01/2020) » du titre ${s.titre.code} n'est pas renseigné : complétez-le dans Référentiels › Titres avant de valider.`,
    );
    expect(await t.db.select().from(parchemins)).toHaveLength(0);
    expect(await t.db.select().from(livrets)).toHaveLength(0);
    expect((await statutOf(t.db, s.session.id)).statut).toBe("transmise");
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.valider"))).toHaveLength(0);
  });

  test("refuse quand l'UD n'a pas de commune (lieu de délivrance), rien n'est créé", async () => {
    const s = await sessionTransmise(t.db);
    await setUdCommune(t.db, "30", null);
    const result = await valider(s.ud30, s.session);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("La commune de l'unité départementale 30 Gard n'est pas renseignée") });
    expect(await t.db.select().from(parchemins)).toHaveLength(0);
    expect((await statutOf(t.db, s.session.id)).statut).toBe("transmise");
  });

  test("sans titre obtenu, le code NSF manquant n'empêche pas la validation (aucun parchemin à imprimer)", async () => {
    const cast = await createScopeCast(t.db);
    const s = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, statut: "transmise", candidats: 1 });
    await t.db.update(titreVersions).set({ nsfCode: null }).where(eq(titreVersions.id, s.version.id));
    await writeResultatRow(t.db, s.inscriptions[0]!.id, s.ccps, { decision: "partiel", issues: { 1: "acquis", 2: "non_acquis", 3: "non_acquis" } });
    expect(await validerSession(cast.ud30, s.session, t.db, NOW)).toEqual({ ok: true, data: { parchemins: 0, livrets: 1 } });
  });

  test("refuse tant qu'un candidat n'a pas de décision", async () => {
    const cast = await createScopeCast(t.db);
    await setUdCommune(t.db, "30", { code: "30189", nom: "Nîmes" });
    const s = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, statut: "transmise", candidats: 2 });
    await writeResultatRow(t.db, s.inscriptions[0]!.id, s.ccps, { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis", 3: "acquis" } });
    expect(await validerSession(cast.ud30, s.session, t.db, NOW)).toMatchObject({ ok: false, message: "1 candidat n'a pas de décision : renvoyez la session au centre pour qu'il complète les résultats." });
    expect(await t.db.select().from(parchemins)).toHaveLength(0);
  });

  test("refuse une session qui n'est pas transmise", async () => {
    const saisie = await sessionTransmise(t.db, { statut: "resultats_saisis" });
    expect(await validerSession(saisie.ud30, saisie.session, t.db, NOW)).toMatchObject({ ok: false, message: expect.stringContaining("« Résultats saisis »") });
    expect(await t.db.select().from(parchemins)).toHaveLength(0);
  });

  test("une version périmée (formulaire ouvert avant un renvoi) est refusée", async () => {
    const s = await sessionTransmise(t.db);
    expect(await validerSession(s.ud30, { id: s.session.id, version: s.session.version - 1 }, t.db, NOW)).toMatchObject({ ok: false, code: "conflit_version" });
  });
});

describe("deux agents à la fois", () => {
  test("deux validations simultanées de la même session : une seule passe, l'autre apprend qui l'a validée ; rien n'est doublé", async () => {
    const s = await sessionTransmise(t.db);
    const results = await Promise.all([valider(s.ud30, s.session), valider(s.occitanie, s.session)]);
    const passed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(passed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = results[0]!.ok ? s.ud30 : s.occitanie;
    expect(refused[0]).toMatchObject({ ok: false, message: expect.stringContaining(`Cette session vient d'être validée par ${winner.prenom} ${winner.nom}`) });
    expect(await t.db.select().from(parchemins)).toHaveLength(2);
    expect(await t.db.select().from(livrets)).toHaveLength(1);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.valider"))).toHaveLength(1);
  });

  test("des validations parallèles de sessions différentes ne donnent jamais deux fois le même numéro", async () => {
    const cast = await createScopeCast(t.db);
    await setUdCommune(t.db, "30", { code: "30189", nom: "Nîmes" });
    const version = await createVersionAvecCcps(t.db, 2);
    const list = [];
    let candidatIds: string[] | undefined;
    for (let i = 0; i < 6; i++) {
      const s = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, statut: "transmise", candidats: 12, version, ...(candidatIds ? { candidatIds } : {}) });
      candidatIds = s.candidatIds;
      for (const ins of s.inscriptions) await writeResultatRow(t.db, ins.id, s.ccps, { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis" } });
      list.push(s.session);
    }
    const results = await Promise.all(list.map((session, i) => validerSession(i % 2 ? cast.ud30 : cast.national, session, t.db, NOW)));
    expect(results.every((r) => r.ok)).toBe(true);
    const numeros = (await t.db.select({ numero: parchemins.numero }).from(parchemins)).map((p) => p.numero);
    expect(numeros).toHaveLength(72);
    expect(numeros.every((n) => n !== null)).toBe(true);
    expect(new Set(numeros).size).toBe(72);
  });
});

describe("périmètre (R9)", () => {
  test.each(["ud34", "auvergne"] as const)("%s ne trouve pas la session du Gard", async (who) => {
    const s = await sessionTransmise(t.db);
    expect(await valider(s[who], s.session)).toMatchObject({ ok: false, code: "introuvable" });
    expect((await statutOf(t.db, s.session.id)).statut).toBe("transmise");
  });

  test("le centre voit sa session mais ne peut pas la valider", async () => {
    const s = await sessionTransmise(t.db);
    expect(await valider(s.centreUser, s.session)).toMatchObject({ ok: false, message: "Cette action n'est pas ouverte à votre rôle." });
    expect(await t.db.select().from(parchemins)).toHaveLength(0);
  });

  test.each(["ud30", "occitanie", "national"] as const)("%s valide la session du Gard", async (who) => {
    const s = await sessionTransmise(t.db);
    expect((await valider(s[who], s.session)).ok).toBe(true);
  });

  test("le bouton Valider de la page de la session passe par la même validation (parchemins créés)", async () => {
    const s = await sessionTransmise(t.db);
    expect(await fireTransition(s.ud30, { id: s.session.id, version: s.session.version, transition: "valider", motif: null }, t.db, NOW)).toEqual({ ok: true, data: { statut: "validee" } });
    expect(await t.db.select().from(parchemins)).toHaveLength(2);
  });
});

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 0x20), Buffer.from("\n%%EOF\n")]);

describe("transmission à l'UD", () => {
  test("sans PV : la session passe « transmise », transmise_at est posé, l'événement est inscrit", async () => {
    const s = await sessionTransmise(t.db, { statut: "resultats_saisis" });
    expect(await transmettreSession(s.centreUser, s.session, null, t.db, NOW)).toEqual({ ok: true, data: { pv: false } });
    expect(await statutOf(t.db, s.session.id)).toMatchObject({ statut: "transmise", transmiseAt: NOW });
    expect(await t.db.select().from(sessionPvs)).toHaveLength(0);
    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.transmettre"));
    expect(event).toMatchObject({ entityId: s.session.id, after: { statut: "transmise", pvSigne: "aucun" } });
  });

  test("avec le PV signé : stocké, puis remplacé à une nouvelle transmission après un renvoi", async () => {
    const s = await sessionTransmise(t.db, { statut: "resultats_saisis" });
    expect((await transmettreSession(s.centreUser, s.session, { nomFichier: "PV Ørsted.pdf", contenu: PDF }, t.db, NOW)).ok).toBe(true);
    expect(await t.db.select({ nomFichier: sessionPvs.nomFichier, taille: sessionPvs.taille }).from(sessionPvs)).toEqual([{ nomFichier: "PV Ørsted.pdf", taille: PDF.length }]);

    const renvoi = await fireTransition(s.ud30, { id: s.session.id, version: s.session.version + 1, transition: "renvoyer", motif: null }, t.db, NOW);
    expect(renvoi).toMatchObject({ ok: false, fieldErrors: { motif: ["Indiquez le motif."] } });
    expect(await fireTransition(s.ud30, { id: s.session.id, version: s.session.version + 1, transition: "renvoyer", motif: "Le CCP 2 de Łukasz est à revoir" }, t.db, NOW)).toEqual({ ok: true, data: { statut: "resultats_saisis" } });
    const [renvoyee] = await t.db.select({ statut: sessions.statut, motif: sessions.motifStatut }).from(sessions).where(eq(sessions.id, s.session.id));
    expect(renvoyee).toEqual({ statut: "resultats_saisis", motif: "Le CCP 2 de Łukasz est à revoir" });
    expect(await t.db.select({ reason: auditEvents.reason }).from(auditEvents).where(eq(auditEvents.action, "session.renvoyer"))).toEqual([{ reason: "Le CCP 2 de Łukasz est à revoir" }]);

    const second = Buffer.concat([PDF, Buffer.from("% second\n")]);
    expect((await transmettreSession(s.centreUser, { id: s.session.id, version: s.session.version + 2 }, { nomFichier: "pv-v2.pdf", contenu: second }, t.db, NOW)).ok).toBe(true);
    expect(await t.db.select({ nomFichier: sessionPvs.nomFichier, taille: sessionPvs.taille }).from(sessionPvs)).toEqual([{ nomFichier: "pv-v2.pdf", taille: second.length }]);
    expect((await statutOf(t.db, s.session.id)).statut).toBe("transmise");
  });

  test.each([
    ["une image renommée en .pdf", { nomFichier: "pv.pdf", contenu: Buffer.from("\x89PNG\r\n\x1a\n....") }, "Ce fichier n'est pas un PDF : déposez le scan du PV signé au format PDF."],
    ["un fichier vide", { nomFichier: "pv.pdf", contenu: Buffer.alloc(0) }, "Le fichier est vide."],
    ["un PDF de plus de 10 Mo", { nomFichier: "pv.pdf", contenu: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(10 * 1024 * 1024)]) }, "Le fichier dépasse 10 Mo (10 Mo) : numérisez le PV en résolution plus basse."],
  ])("refuse %s, et rien ne change", async (_label, pv, message) => {
    const s = await sessionTransmise(t.db, { statut: "resultats_saisis" });
    expect(await transmettreSession(s.centreUser, s.session, pv, t.db, NOW)).toMatchObject({ ok: false, code: "invalide", fieldErrors: { pv: [message] } });
    expect(await statutOf(t.db, s.session.id)).toMatchObject({ statut: "resultats_saisis", transmiseAt: null, version: s.session.version });
    expect(await t.db.select().from(sessionPvs)).toHaveLength(0);
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.transmettre"))).toHaveLength(0);
  });

  test("une autre UD ou un autre centre ne trouvent pas la session ; un candidat sans décision bloque la transmission", async () => {
    const s = await sessionTransmise(t.db, { statut: "resultats_saisis" });
    expect(await transmettreSession(s.ud34, s.session, null, t.db, NOW)).toMatchObject({ code: "introuvable" });
    const autre = await createSessionAvecCandidats(t.db, { centreId: s.centreGard.id, statut: "resultats_saisis", candidatIds: [s.candidatIds[0]!] });
    expect(await transmettreSession(s.centreUser, autre.session, null, t.db, NOW)).toMatchObject({ ok: false, message: "1 candidat n'a pas encore de décision : complétez les résultats avant de transmettre." });
    expect(await t.db.select({ id: sessions.id }).from(sessions).where(and(inArray(sessions.id, [s.session.id, autre.session.id]), eq(sessions.statut, "transmise")))).toHaveLength(0);
  });
});
