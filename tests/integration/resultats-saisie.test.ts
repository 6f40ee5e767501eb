import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents, inscriptions, rectifications, resultatCcps, resultats, sessions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listResultatsOfCandidat, loadGrilleResultats } from "@/lib/resultats/queries";
import { RESULTAT_CONFLIT, saisirResultat } from "@/lib/resultats/saisir-resultat";
import type { SaisirResultatData } from "@/lib/resultats/schemas";
import { fireTransition } from "@/lib/sessions/fire-transition";
import { asCurrentUser, createScopeCast, createUserRow } from "../fixtures/factories";
import { createSessionAvecCandidats, writeResultatRow } from "../fixtures/resultats";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();

/** 11:00 in Paris on the session's first day (2027-03-15, the fixture's default). */
const JOUR_1 = new Date("2027-03-15T10:00:00Z");

async function setup(options: Partial<Parameters<typeof createSessionAvecCandidats>[1]> = {}) {
  const cast = await createScopeCast(t.db);
  const s = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, ...options });
  const id = (numero: number) => s.ccps.find((c) => c.numero === numero)!.id;
  const ligne = (i: number, values: Partial<SaisirResultatData> = {}): SaisirResultatData => ({
    sessionId: s.session.id,
    inscriptionId: s.inscriptions[i]!.id,
    version: 0,
    presence: "present",
    decision: "titre_obtenu",
    issues: { [id(1)]: "acquis", [id(2)]: "acquis", [id(3)]: "acquis" },
    ...values,
  });
  return { cast, s, id, ligne };
}

const stored = async (inscriptionId: string) => {
  const [row] = await t.db.select().from(resultats).where(eq(resultats.inscriptionId, inscriptionId));
  const ccps = await t.db.select({ ccpId: resultatCcps.ccpId, issue: resultatCcps.issue }).from(resultatCcps).where(eq(resultatCcps.inscriptionId, inscriptionId));
  return row ? { presence: row.presence, decision: row.decision, version: row.version, issues: Object.fromEntries(ccps.map((c) => [c.ccpId, c.issue])) } : null;
};

describe("saisir le résultat d'un candidat", () => {
  test("le centre enregistre une ligne : présence, trois CCP acquis, titre obtenu ; l'historique de la session le montre", async () => {
    const { cast, s, id, ligne } = await setup();
    const result = await saisirResultat(cast.centreUser, ligne(0), t.db, JOUR_1);
    expect(result).toEqual({ ok: true, data: { version: 1, presence: "present", decision: "titre_obtenu" } });
    expect(await stored(s.inscriptions[0]!.id)).toEqual({ presence: "present", decision: "titre_obtenu", version: 1, issues: { [id(1)]: "acquis", [id(2)]: "acquis", [id(3)]: "acquis" } });

    const second = await saisirResultat(cast.centreUser, ligne(0, { version: 1, decision: "partiel", issues: { [id(1)]: "acquis", [id(2)]: "non_acquis", [id(3)]: "acquis" } }), t.db, JOUR_1);
    expect(second).toMatchObject({ ok: true, data: { version: 2, decision: "partiel" } });
    const events = await t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, s.session.id), eq(auditEvents.action, "session.resultat_saisi"))).orderBy(auditEvents.id);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ actorId: cast.centreUser.id, before: null, after: { candidat: "NGUYỄN Thị Lan", presence: "present", decision: "titre_obtenu", ccps: ["CCP 1 : Acquis", "CCP 2 : Acquis", "CCP 3 : Acquis"] } });
    expect(events[1]).toMatchObject({
      before: { decision: "titre_obtenu", ccps: ["CCP 1 : Acquis", "CCP 2 : Acquis", "CCP 3 : Acquis"] },
      after: { candidat: "NGUYỄN Thị Lan", decision: "partiel", ccps: ["CCP 1 : Acquis", "CCP 2 : Non acquis", "CCP 3 : Acquis"] },
    });
  });

  test("la même ligne renvoyée sans changement n'écrit rien et ne change pas la version", async () => {
    const { cast, s, ligne } = await setup();
    await saisirResultat(cast.centreUser, ligne(0), t.db, JOUR_1);
    expect(await saisirResultat(cast.centreUser, ligne(0, { version: 1 }), t.db, JOUR_1)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await t.db.select().from(auditEvents).where(eq(auditEvents.action, "session.resultat_saisi"))).toHaveLength(1);
    expect((await stored(s.inscriptions[0]!.id))!.version).toBe(1);
  });

  test("périmètre : un autre centre et l'UD de l'Hérault ne trouvent pas la session ; l'UD du Gard, la DREETS et le national saisissent", async () => {
    const { cast, ligne } = await setup();
    const autreCentre = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: cast.centreHerault.id, prenom: "Søren", nom: "ØRSTED" }));
    for (const user of [autreCentre, cast.ud34, cast.auvergne]) {
      expect(await saisirResultat(user, ligne(0), t.db, JOUR_1)).toMatchObject({ ok: false, code: "introuvable", message: "Cette session est introuvable." });
    }
    expect(await t.db.select().from(resultats)).toHaveLength(0);
    const users: CurrentUser[] = [cast.ud30, cast.occitanie, cast.national];
    for (const [i, user] of users.entries()) {
      expect(await saisirResultat(user, ligne(i), t.db, JOUR_1)).toMatchObject({ ok: true });
    }
    expect(await t.db.select().from(resultats)).toHaveLength(3);
  });

  test("une inscription d'une autre session est introuvable", async () => {
    const { cast, s, ligne } = await setup();
    const autre = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, candidatIds: [s.candidatIds[0]!] });
    expect(await saisirResultat(cast.centreUser, ligne(0, { inscriptionId: autre.inscriptions[0]!.id }), t.db, JOUR_1)).toMatchObject({ ok: false, code: "introuvable" });
  });

  test.each([
    ["la veille à 23 h 30 à Paris", "2027-03-14T22:30:00Z", false],
    ["le premier jour à 0 h 30 à Paris (encore la veille en UTC)", "2027-03-14T23:30:00Z", true],
  ])("premier jour de la session : %s", async (_label, instant, accepte) => {
    const { cast, ligne } = await setup();
    const result = await saisirResultat(cast.centreUser, ligne(0), t.db, new Date(instant));
    if (accepte) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, code: "refuse", message: "La saisie des résultats ouvre le 15/03/2027, premier jour de la session.", fieldErrors: undefined });
  });

  test.each([
    ["declaree", "Les résultats se saisissent une fois le jury constitué."],
    ["transmise", "Les résultats ont été transmis à l'unité départementale : ils ne se modifient plus ici."],
    ["validee", "Les résultats ont été transmis à l'unité départementale : ils ne se modifient plus ici."],
  ] as const)("une session à l'état %s refuse la saisie", async (statut, message) => {
    const { cast, s, ligne } = await setup({ statut });
    expect(await saisirResultat(cast.centreUser, ligne(0), t.db, JOUR_1)).toMatchObject({ ok: false, code: "refuse", message });
    expect(await stored(s.inscriptions[0]!.id)).toBeNull();
  });

  test("verrou optimiste : deux personnes enregistrent la même ligne affichée en version 0, la seconde est prévenue et rien n'est écrasé", async () => {
    const { cast, s, id, ligne } = await setup();
    const [a, b] = await Promise.all([
      saisirResultat(cast.centreUser, ligne(1), t.db, JOUR_1),
      saisirResultat(cast.ud30, ligne(1, { decision: "partiel", issues: { [id(1)]: "acquis", [id(2)]: "non_acquis", [id(3)]: "non_acquis" } }), t.db, JOUR_1),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, code: "conflit_version", message: RESULTAT_CONFLIT, fieldErrors: undefined });
    const row = await stored(s.inscriptions[1]!.id);
    expect(row!.version).toBe(1);
    expect(row!.decision).toBe(a.ok ? "titre_obtenu" : "partiel");
    // A stale version later on is refused the same way.
    expect(await saisirResultat(cast.centreUser, ligne(1, { version: 0 }), t.db, JOUR_1)).toMatchObject({ ok: false, code: "conflit_version" });
  });

  test("un candidat absent : ses CCP sont « non présenté » et sa décision « Absent » ; un CCP acquis est refusé à côté de sa cellule", async () => {
    const { cast, s, id, ligne } = await setup();
    const result = await saisirResultat(cast.centreUser, ligne(2, { presence: "absent", decision: null, issues: {} }), t.db, JOUR_1);
    expect(result).toMatchObject({ ok: true, data: { decision: "absent", presence: "absent" } });
    expect(await stored(s.inscriptions[2]!.id)).toMatchObject({ decision: "absent", issues: { [id(1)]: "non_presente", [id(2)]: "non_presente", [id(3)]: "non_presente" } });

    const refus = await saisirResultat(cast.centreUser, ligne(3, { presence: "absent", decision: "absent", issues: { [id(2)]: "acquis" } }), t.db, JOUR_1);
    expect(refus).toMatchObject({ ok: false, code: "invalide", fieldErrors: { [`issues.${id(2)}`]: ["Candidat absent : le CCP 2 ne peut être que « non présenté »."] } });
    const mauvaiseDecision = await saisirResultat(cast.centreUser, ligne(3, { presence: "absent", decision: "ajourne", issues: {} }), t.db, JOUR_1);
    expect(mauvaiseDecision).toMatchObject({ ok: false, fieldErrors: { decision: ["Candidat absent : la décision est « Absent »."] } });
  });

  test("R10 : une décision incohérente est refusée avec son message, sans rien écrire ; la présence se saisit seule, avant les résultats", async () => {
    const { cast, s, id, ligne } = await setup();
    const refus = await saisirResultat(cast.centreUser, ligne(0, { issues: { [id(1)]: "acquis", [id(2)]: "non_acquis", [id(3)]: "acquis" } }), t.db, JOUR_1);
    expect(refus).toMatchObject({ ok: false, code: "invalide", fieldErrors: { decision: ["Titre obtenu impossible : le CCP 2 n'est pas acquis."] } });
    const sansPresence = await saisirResultat(cast.centreUser, ligne(0, { presence: null }), t.db, JOUR_1);
    expect(sansPresence).toMatchObject({ ok: false, fieldErrors: { decision: ["Indiquez d'abord la présence du candidat."] } });
    expect(await stored(s.inscriptions[0]!.id)).toBeNull();

    expect(await saisirResultat(cast.centreUser, ligne(0, { decision: null, issues: {} }), t.db, JOUR_1)).toMatchObject({ ok: true, data: { version: 1, presence: "present", decision: null } });
    expect(await stored(s.inscriptions[0]!.id)).toEqual({ presence: "present", decision: null, version: 1, issues: {} });
  });

  test("capitalisation : le CCP 3 acquis à une session validée antérieure de la même version compte pour le titre ; une session non validée ne compte pas", async () => {
    const { cast, s: avant } = await setup({ dateDebut: "2026-10-05", statut: "validee", candidats: 2 });
    const ccps = avant.ccps;
    await writeResultatRow(t.db, avant.inscriptions[0]!.id, ccps, { decision: "partiel", issues: { 1: "non_acquis", 2: "non_acquis", 3: "acquis" } });
    await writeResultatRow(t.db, avant.inscriptions[1]!.id, ccps, { decision: "partiel", issues: { 1: "non_acquis", 2: "non_acquis", 3: "acquis" } });
    // Transmitted, not validated: its CCP 3 does not count.
    await t.db.update(sessions).set({ statut: "transmise" }).where(eq(sessions.id, avant.session.id));
    const validee = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, version: avant.version, candidatIds: [avant.candidatIds[0]!], dateDebut: "2026-11-09", statut: "validee" });
    await writeResultatRow(t.db, validee.inscriptions[0]!.id, ccps, { decision: "partiel", issues: { 1: "non_acquis", 2: "non_acquis", 3: "acquis" } });
    const apres = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, version: avant.version, candidatIds: avant.candidatIds });
    const id = (n: number) => ccps.find((c) => c.numero === n)!.id;

    const grille = await loadGrilleResultats(t.db, { ...apres.session, type: "titre" });
    const [nguyen, orsted] = [grille.lignes.find((l) => l.candidatId === avant.candidatIds[0])!, grille.lignes.find((l) => l.candidatId === avant.candidatIds[1])!];
    expect(nguyen.capitalises).toEqual([{ ccpId: id(3), numero: 3, sessionNumero: validee.session.numero }]);
    expect(orsted.capitalises).toEqual([]);

    const base = { sessionId: apres.session.id, version: 0, presence: "present" as const };
    const titre = await saisirResultat(cast.centreUser, { ...base, inscriptionId: nguyen.inscriptionId, decision: "titre_obtenu", issues: { [id(1)]: "acquis", [id(2)]: "acquis" } }, t.db, JOUR_1);
    expect(titre).toMatchObject({ ok: true, data: { decision: "titre_obtenu" } });
    const ressaisi = await saisirResultat(cast.centreUser, { ...base, version: 1, inscriptionId: nguyen.inscriptionId, decision: "titre_obtenu", issues: { [id(1)]: "acquis", [id(2)]: "acquis", [id(3)]: "acquis" } }, t.db, JOUR_1);
    expect(ressaisi).toMatchObject({ ok: false, fieldErrors: { [`issues.${id(3)}`]: [`Le CCP 3 est capitalisé (session ${validee.session.numero}) : il ne se saisit pas à nouveau.`] } });
    const sansCapital = await saisirResultat(cast.centreUser, { ...base, inscriptionId: orsted.inscriptionId, decision: "titre_obtenu", issues: { [id(1)]: "acquis", [id(2)]: "acquis" } }, t.db, JOUR_1);
    expect(sansCapital).toMatchObject({ ok: false, fieldErrors: { decision: ["Saisissez d'abord le résultat du CCP 3."] } });
  });

  test("session CCP : seule la colonne du CCP 2 se saisit ; un résultat pour le CCP 1 est refusé", async () => {
    const { cast, s, id, ligne } = await setup({ sessionCcpNumeros: [2] });
    const grille = await loadGrilleResultats(t.db, { ...s.session, type: "ccp" });
    expect(grille.ccpsEvalues).toEqual([id(2)]);
    expect(await saisirResultat(cast.centreUser, ligne(0, { decision: "partiel", issues: { [id(2)]: "acquis" } }), t.db, JOUR_1)).toMatchObject({ ok: true });
    expect(await saisirResultat(cast.centreUser, ligne(1, { decision: "partiel", issues: { [id(1)]: "acquis", [id(2)]: "acquis" } }), t.db, JOUR_1)).toMatchObject({
      ok: false,
      fieldErrors: { [`issues.${id(1)}`]: ["Le CCP 1 n'est pas évalué par cette session."] },
    });
  });
});

describe("marquer les résultats comme saisis", () => {
  const versionOf = async (id: string) => (await t.db.select({ version: sessions.version, statut: sessions.statut }).from(sessions).where(eq(sessions.id, id)))[0]!;

  test("refusé tant qu'un candidat n'a pas de décision, puis la session passe à « Résultats saisis » ; une ligne reste modifiable mais garde sa décision", async () => {
    const { cast, s, id, ligne } = await setup();
    for (const i of [0, 1, 2]) await saisirResultat(cast.centreUser, ligne(i), t.db, JOUR_1);
    await saisirResultat(cast.centreUser, ligne(3, { decision: null }), t.db, JOUR_1);
    const session = await versionOf(s.session.id);
    const refus = await fireTransition(cast.centreUser, { id: s.session.id, version: session.version, transition: "saisir_resultats", motif: null }, t.db);
    expect(refus).toMatchObject({ ok: false, code: "refuse", message: "Les résultats ne peuvent pas être marqués saisis : 2 candidats n'ont pas de décision (ÅSTRÖM Anaïs, DUPONT-L'HERMITTE Zoë Marie)." });
    expect((await versionOf(s.session.id)).statut).toBe("jury_constitue");

    await saisirResultat(cast.centreUser, ligne(3, { version: 1 }), t.db, JOUR_1);
    await saisirResultat(cast.centreUser, ligne(4, { presence: "absent", decision: null, issues: {} }), t.db, JOUR_1);
    const accepte = await fireTransition(cast.centreUser, { id: s.session.id, version: session.version, transition: "saisir_resultats", motif: null }, t.db);
    expect(accepte).toEqual({ ok: true, data: { statut: "resultats_saisis" } });
    expect(await t.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityId, s.session.id), eq(auditEvents.action, "session.saisir_resultats")))).toHaveLength(1);

    const sansDecision = await saisirResultat(cast.centreUser, ligne(0, { version: 1, decision: null }), t.db, JOUR_1);
    expect(sansDecision).toMatchObject({ ok: false, fieldErrors: { decision: ["Les résultats de la session sont marqués saisis : choisissez la décision de ce candidat."] } });
    const corrige = await saisirResultat(cast.centreUser, ligne(0, { version: 1, decision: "partiel", issues: { [id(1)]: "non_acquis", [id(2)]: "acquis", [id(3)]: "acquis" } }), t.db, JOUR_1);
    expect(corrige).toMatchObject({ ok: true, data: { version: 2, decision: "partiel" } });
  });

  test("une session sans candidat ne se marque pas saisie", async () => {
    const { cast, s } = await setup({ candidats: 1 });
    await t.db.delete(inscriptions).where(eq(inscriptions.sessionId, s.session.id));
    const session = await versionOf(s.session.id);
    expect(await fireTransition(cast.centreUser, { id: s.session.id, version: session.version, transition: "saisir_resultats", motif: null }, t.db)).toMatchObject({
      ok: false,
      message: "Aucun candidat n'est inscrit à cette session : il n'y a pas de résultat à saisir.",
    });
  });
});

describe("les résultats sur la fiche du candidat", () => {
  test("session par session : CCP, capitalisés, décision, rectification avant → après ; une session hors périmètre est listée sans lien", async () => {
    const { cast, s: avant } = await setup({ dateDebut: "2026-10-05", statut: "validee", candidats: 1 });
    const id = (n: number) => avant.ccps.find((c) => c.numero === n)!.id;
    await writeResultatRow(t.db, avant.inscriptions[0]!.id, avant.ccps, { decision: "partiel", issues: { 1: "non_acquis", 2: "non_acquis", 3: "acquis" } });
    await t.db.insert(rectifications).values({
      inscriptionId: avant.inscriptions[0]!.id,
      motif: "Erreur de report du CCP 3 sur le PV",
      avant: { decision: "ajourne", ccps: { [id(3)]: "non_acquis" } },
      apres: { decision: "partiel", ccps: { [id(3)]: "acquis" } },
      rectifieAt: new Date("2026-11-02T09:00:00Z"),
    });
    const apres = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, version: avant.version, candidatIds: avant.candidatIds, dateDebut: "2027-03-15", dateFin: "2027-03-16" });
    await writeResultatRow(t.db, apres.inscriptions[0]!.id, avant.ccps, { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis" } });

    const liste = await listResultatsOfCandidat(cast.centreUser, avant.candidatIds[0]!, t.db);
    expect(liste.map((r) => [r.numero, r.decision, r.sessionVisible])).toEqual([
      [apres.session.numero, "titre_obtenu", true],
      [avant.session.numero, "partiel", true],
    ]);
    expect(liste[0]!.ccps.map((c) => [c.numero, c.issue])).toEqual([
      [1, "acquis"],
      [2, "acquis"],
    ]);
    expect(liste[0]!.capitalises).toEqual([{ numero: 3, libelle: "Compétence 3 du titre", sessionNumero: avant.session.numero }]);
    expect(liste[1]!.capitalises).toEqual([]);
    expect(liste[1]!.rectifications).toMatchObject([{ motif: "Erreur de report du CCP 3 sur le PV", changements: ["Décision : Ajourné → Partiel", "CCP 3 : Non acquis → Acquis"] }]);

    const ud34 = await listResultatsOfCandidat(cast.ud34, avant.candidatIds[0]!, t.db);
    expect(ud34.map((r) => r.sessionVisible)).toEqual([false, false]);
  });
});
