import { and, eq, inArray, isNull, notInArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { candidatDoublons, doublonScans, candidats, ccps, centres, habilitations, inscriptions, jures, livrets, parchemins, pays, resultatCcps, resultats, sessionJures, sessions, titres, titreVersions, users, type Session } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_CENTRE, DEMO_CENTRE_LYON, seedDemo } from "@/db/seed/demo";
import { DEMO_CANDIDAT_REVENANT, demoDoublonIds } from "@/db/seed/demo-candidats";
import { DEMO_CFA, DEMO_VERSION_PROLONGEE } from "@/db/seed/demo-prolongation";
import { createCandidat } from "@/lib/candidats/create-candidat";
import { mergeCandidatsSchema } from "@/lib/candidats/merge/fields";
import { mergeCandidats } from "@/lib/candidats/merge/merge-candidats";
import { listDoublonsForUser } from "@/lib/candidats/merge/queries";
import { runDuplicateScan } from "@/lib/candidats/scan/run-scan";
import { candidatSchema } from "@/lib/candidats/schemas";
import { DEMO_VERSION_RESULTATS } from "@/db/seed/demo-resultats";
import { seedCommunes, seedUdCommunes } from "@/db/seed/referentiels";
import { sessionsAValider } from "@/lib/accueil/queries";
import { listCcpsAcquis } from "@/lib/livrets/acquis";
import { getLivretForUser } from "@/lib/livrets/queries";
import { isValidParcheminNumero } from "@/lib/parchemins/numero";
import { coherenceResultat } from "@/lib/resultats/coherence";
import { listOpenableVersionsForCentre } from "@/lib/agrements/queries";
import { getCentreForUser } from "@/lib/centres/queries";
import { checkEligibilityOf } from "@/lib/jures/convocation-facts";
import { prolongationText } from "@/lib/jures/habilitation-status";
import { getHabilitationForUser } from "@/lib/jures/queries";
import { asCurrentUser, seedReference, seedTitresReference } from "../fixtures/factories";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const TODAY = "2026-12-03";

async function account(email: string) {
  const [row] = await t.db.select().from(users).where(eq(users.email, email));
  return asCurrentUser(row!);
}

/** The référentiels the candidates' and results' demos read: regions, titles, communes with their UD, countries. */
async function seedDemoReferentiels(countries: (typeof pays.$inferInsert)[]) {
  await seedReference(t.db);
  await seedTitresReference(t.db);
  await t.db.transaction(async (tx) => {
    await seedCommunes(tx);
    await seedUdCommunes(tx);
  });
  await t.db.insert(pays).values(countries);
}

async function centreId(siret: string) {
  const [row] = await t.db.select({ id: centres.id }).from(centres).where(eq(centres.siret, siret));
  return row!.id;
}

describe("la démonstration montre les corrections", () => {
  test("chargée deux fois, elle ne change rien la seconde ; le CFA ouvre une session en prolongation, la jurée est prolongée de 24 mois", async () => {
    await seedReference(t.db);
    await seedTitresReference(t.db);
    await t.db.transaction((tx) => seedDemo(tx, TODAY));
    const again = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(again.filter((c) => c.inserted > 0)).toEqual([]);
    expect(await t.db.$count(users)).toBe(DEMO_ACCOUNTS.length);
    expect(await t.db.$count(centres)).toBe(3);

    // The version's fin de vie: six months before the day of the seed, within the 24 months of R1 and R3.
    const [version] = await t.db
      .select({ id: titreVersions.id, finDeVie: titreVersions.finDeVie })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(eq(titres.code, DEMO_VERSION_PROLONGEE.code));
    expect(version!.finDeVie).toBe("2026-06-01");

    // R1 through the query of the centre's home page: the CFA may create a session today, in the prolongation.
    const cfaId = await centreId(DEMO_CFA.siret);
    const cfaUser = await account("cfa.garrigues@ceres.demo");
    const openable = await listOpenableVersionsForCentre(cfaUser, cfaId, t.db, TODAY);
    expect(openable!.typeToday).toBe("CFA");
    expect(openable!.openable).toEqual([expect.objectContaining({ titreVersionId: version!.id, titreCode: "TP-01281", enProlongation: true })]);

    // R3 through the habilitation screen's query: recorded until the fin de vie, prolonged 24 months further.
    const [habilitation] = await t.db.select({ id: habilitations.id }).from(habilitations).innerJoin(jures, eq(jures.id, habilitations.jureId)).where(eq(habilitations.titreVersionId, version!.id));
    const screen = await getHabilitationForUser(await account("ud30@ceres.demo"), habilitation!.id, t.db);
    expect(screen!.status).toMatchObject({ finEnregistree: "2026-06-01", finProlongee: "2028-06-01" });
    expect(prolongationText(screen!.status.finProlongee!)).toBe("prolongée jusqu'au 01/06/2028 (prolongation du titre)");

    // 16 30 FORMATION stays the known screen: no type recorded ("-").
    const known = await getCentreForUser(await account("national@ceres.demo"), await centreId(DEMO_CENTRE.siret), t.db);
    expect(known).toMatchObject({ raisonSociale: "16 30 FORMATION", typeCentre: null });

    // The second centre, in Auvergne-Rhône-Alpes: its DREETS and its own user see it, Occitanie does not.
    const lyonId = await centreId(DEMO_CENTRE_LYON.siret);
    expect(await getCentreForUser(await account("dreets.ara@ceres.demo"), lyonId, t.db)).toMatchObject({ raisonSociale: DEMO_CENTRE_LYON.raisonSociale });
    expect(await getCentreForUser(await account("centre.lyon@ceres.demo"), lyonId, t.db)).not.toBeNull();
    expect(await getCentreForUser(await account("dreets.occitanie@ceres.demo"), lyonId, t.db)).toBeNull();
    expect(await getCentreForUser(await account("centre.lyon@ceres.demo"), await centreId(DEMO_CENTRE.siret), t.db)).toBeNull();
  }, 60_000);
});

describe("la démonstration montre les candidats (issue 11)", () => {
  test("des candidats dans les sessions de 16 30 FORMATION, une candidate qui revient, une paire de doublons que l'analyse trouve et qu'une DREETS fusionne", async () => {
    await seedDemoReferentiels([
      { code: "MA", nom: "Maroc", searchName: "maroc" },
      { code: "PT", nom: "Portugal", searchName: "portugal" },
      { code: "PL", nom: "Pologne", searchName: "pologne" },
      { code: "SN", nom: "Sénégal", searchName: "senegal" },
    ]);
    const first = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(first).toContainEqual({ table: "candidats (démo)", inserted: 8, updated: 0 });
    const again = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(again.filter((c) => c.inserted > 0)).toEqual([]);
    // The results demo (issue 12) adds its own candidates; these tests count from here.
    const total = await t.db.$count(candidats);

    const centre1630 = await account("centre.1630@ceres.demo");
    const resultatsSessions = t.db.select({ id: sessions.id }).from(sessions).innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId)).innerJoin(titres, eq(titres.id, titreVersions.titreId)).where(and(eq(titres.code, DEMO_VERSION_RESULTATS.code), eq(titreVersions.dateVersion, DEMO_VERSION_RESULTATS.dateVersion)));
    const own = await t.db.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.centreId, await centreId(DEMO_CENTRE.siret)), notInArray(sessions.id, resultatsSessions)));
    const inscrits = await t.db
      .select({ nom: candidats.nomNaissance })
      .from(inscriptions)
      .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
      .where(inArray(inscriptions.sessionId, own.map((s) => s.id)));
    expect(inscrits.map((i) => i.nom).sort()).toEqual(["BOUAZIZ", "DIALLO", "GARNIER", "LEFÈVRE", "MEZIANE", "PEREIRA DA SILVA", "WIŚNIEWSKA"]);

    // The returning candidate: typed again (without the accent) by 16 30 FORMATION, the existing record is offered.
    const [revenante] = await t.db.select({ id: candidats.id }).from(candidats).where(eq(candidats.nomNaissance, DEMO_CANDIDAT_REVENANT.nomNaissance));
    const retapee = candidatSchema.parse({ ...DEMO_CANDIDAT_REVENANT, prenoms: "Ines", email: "", telephone: "" });
    expect(await createCandidat(centre1630, retapee, t.db)).toEqual({ ok: true, data: { statut: "existant", match: expect.objectContaining({ id: revenante!.id, masque: false }) } });
    // CFA DES GARRIGUES, which never registered her, is steered to the same record, masked.
    expect(await createCandidat(await account("cfa.garrigues@ceres.demo"), retapee, t.db)).toEqual({
      ok: true,
      data: { statut: "existant", match: expect.objectContaining({ id: revenante!.id, masque: true, identite: "BOUAZIZ I***, née le 14/02/1996 à Montpellier" }) },
    });
    expect(await t.db.$count(candidats)).toBe(total);

    // The duplicate pair: the scan finds it, the DREETS sees it in its table and merges it.
    const pair = await demoDoublonIds(t.db);
    expect(pair).toHaveLength(2);
    const [scan] = await t.db.insert(doublonScans).values({}).returning();
    await runDuplicateScan(t.db, scan!.id);
    const found = await t.db.select({ a: candidatDoublons.candidatAId, b: candidatDoublons.candidatBId }).from(candidatDoublons);
    expect(found).toEqual([{ a: pair[0], b: pair[1] }]);
    const dreets = await account("dreets.occitanie@ceres.demo");
    const table = await listDoublonsForUser(dreets, { page: 1, pageSize: 20, sort: "score", dir: "desc", filters: {} }, t.db);
    expect(table.rows).toHaveLength(1);
    const records = await t.db.select({ id: candidats.id, version: candidats.version }).from(candidats).where(inArray(candidats.id, pair));
    const [a, b] = pair.map((id) => records.find((r) => r.id === id)!);
    const merged = await mergeCandidats(dreets, mergeCandidatsSchema.parse({ survivantId: a!.id, fusionneId: b!.id, versionSurvivant: a!.version, versionFusionne: b!.version, choix: {} }), t.db);
    expect(merged.ok).toBe(true);
  }, 120_000);
});

describe("la démonstration des résultats (issue 12)", () => {
  test("dans le Gard, pour 16 30 FORMATION : une session à saisir, une transmise, une validée avec parchemins numérotés et livret ; résultats cohérents avec R10 ; rien de plus au second chargement", async () => {
    await seedDemoReferentiels([{ code: "MA", nom: "Maroc", searchName: "maroc" }]);
    const first = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(first).toEqual(expect.arrayContaining([{ table: "sessions avec résultats (démo)", inserted: 3, updated: 0 }]));
    const again = await t.db.transaction((tx) => seedDemo(tx, TODAY));
    expect(again.filter((c) => c.inserted > 0)).toEqual([]);

    const [version] = await t.db
      .select({ id: titreVersions.id })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(and(eq(titres.code, DEMO_VERSION_RESULTATS.code), eq(titreVersions.dateVersion, DEMO_VERSION_RESULTATS.dateVersion)));
    const versionCcps = await t.db.select({ id: ccps.id, numero: ccps.numero }).from(ccps).where(eq(ccps.titreVersionId, version!.id)).orderBy(ccps.numero);
    expect(versionCcps).toHaveLength(3);
    const rows = await t.db.select().from(sessions).where(and(eq(sessions.titreVersionId, version!.id), eq(sessions.centreId, await centreId(DEMO_CENTRE.siret)))).orderBy(sessions.dateDebut);
    expect(rows.map((s) => [s.statut, s.departementCode])).toEqual([
      ["validee", "30"],
      ["transmise", "30"],
      ["jury_constitue", "30"],
    ]);
    const [validee, transmise, aSaisir] = rows as [Session, Session, Session];
    const ud30 = await account("ud30@ceres.demo");

    // (a) its first day has passed, jury of two, five candidates, no result yet.
    expect(aSaisir.dateDebut < TODAY).toBe(true);
    expect(await t.db.$count(sessionJures, eq(sessionJures.sessionId, aSaisir.id))).toBe(2);
    const inscritsA = await t.db.select({ id: inscriptions.id }).from(inscriptions).where(eq(inscriptions.sessionId, aSaisir.id));
    expect(inscritsA).toHaveLength(5);
    expect(await t.db.$count(resultats, inArray(resultats.inscriptionId, inscritsA.map((i) => i.id)))).toBe(0);

    // (b) and (c): every decision is the one R10 calls for, counting CCPs acquired in earlier validated sessions.
    async function decisions(session: Session) {
      const lignes = await t.db
        .select({ inscriptionId: inscriptions.id, candidatId: inscriptions.candidatId, nom: candidats.nomNaissance, presence: resultats.presence, decision: resultats.decision })
        .from(inscriptions)
        .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
        .innerJoin(resultats, eq(resultats.inscriptionId, inscriptions.id))
        .where(eq(inscriptions.sessionId, session.id));
      expect(lignes).toHaveLength(5);
      for (const l of lignes) {
        const issues = Object.fromEntries((await t.db.select().from(resultatCcps).where(eq(resultatCcps.inscriptionId, l.inscriptionId))).map((r) => [r.ccpId, r.issue]));
        const anterieurs = (await listCcpsAcquis(t.db, l.candidatId, version!.id)).filter((c) => c.sessionId !== session.id).map((c) => c.ccpId);
        const attendu = coherenceResultat({ ccpsVersion: versionCcps, ccpsEvalues: versionCcps.map((c) => c.id), issues, acquisAnterieurs: anterieurs, presence: l.presence });
        expect(attendu.erreurs, l.nom).toEqual([]);
        expect(l.decision, l.nom).toBe(attendu.decision);
      }
      return lignes;
    }
    const lignesB = await decisions(transmise);
    expect(transmise.transmiseAt).not.toBeNull();
    expect(lignesB.find((l) => l.nom === "DUPONT-L'HERMITTE")!.decision).toBe("titre_obtenu");
    expect(await sessionsAValider(ud30, t.db)).toMatchObject({ total: 1, plusAncienne: transmise.transmiseAt });

    const lignesC = await decisions(validee);
    expect(validee).toMatchObject({ valideePar: ud30.id });
    expect(validee.valideeAt!.getTime()).toBeGreaterThan(validee.transmiseAt!.getTime());
    const titulaires = lignesC.filter((l) => l.decision === "titre_obtenu").map((l) => l.inscriptionId);
    const issued = await t.db.select().from(parchemins).where(inArray(parchemins.inscriptionId, lignesC.map((l) => l.inscriptionId)));
    expect(issued.map((p) => p.inscriptionId).sort()).toEqual([...titulaires].sort());
    expect(titulaires).toHaveLength(2);
    for (const p of issued) {
      expect(isValidParcheminNumero(p.numero!)).toBe(true);
      expect(p).toMatchObject({ lieuDelivranceNom: "Nîmes", departementCode: "30", titreCode: "TP-00391", niveau: 3, nsfCode: "330t", statut: "valide" });
    }
    const partielle = lignesC.find((l) => l.decision === "partiel")!;
    expect(partielle.nom).toBe("DUPONT-L'HERMITTE");
    const [livret] = await t.db.select().from(livrets).where(inArray(livrets.inscriptionId, lignesC.map((l) => l.inscriptionId)));
    expect(livret!.inscriptionId).toBe(partielle.inscriptionId);
    const printed = await getLivretForUser(ud30, partielle.candidatId, livret!.id, t.db);
    expect(printed).toMatchObject({ prenoms: "Zoë Marie", lieuDelivrance: "Nîmes", sessionNumero: validee.numero });
    expect(printed!.ccps.map((c) => [c.numero, c.sessionNumero])).toEqual([
      [1, validee.numero],
      [3, validee.numero],
    ]);
  }, 180_000);
});

describe("la démonstration convoque des jurés que R4 admet", () => {
  test("chaque juré convoqué sur une session de démonstration est habilité pour sa version du titre sur tous ses jours, sans lien avec le centre ni autre convocation", async () => {
    await seedDemoReferentiels([{ code: "MA", nom: "Maroc", searchName: "maroc" }]);
    await t.db.transaction((tx) => seedDemo(tx, TODAY));

    const convoques = await t.db
      .select({ sessionId: sessions.id, numero: sessions.numero, centreId: sessions.centreId, titreVersionId: sessions.titreVersionId, finDeVie: titreVersions.finDeVie, debut: sessions.dateDebut, fin: sessions.dateFin, jureId: sessionJures.jureId, nom: jures.nomNaissance })
      .from(sessionJures)
      .innerJoin(sessions, eq(sessions.id, sessionJures.sessionId))
      .innerJoin(titreVersions, eq(titreVersions.id, sessions.titreVersionId))
      .innerJoin(jures, eq(jures.id, sessionJures.jureId))
      .where(isNull(sessionJures.retireAt));
    // The declared session of 16 30 FORMATION and the three sessions of the results demo, two jurors each at least.
    expect(new Set(convoques.map((c) => c.sessionId)).size).toBeGreaterThanOrEqual(4);
    for (const c of convoques) {
      const verdicts = await checkEligibilityOf(t.db, { id: c.sessionId, centreId: c.centreId, titreVersionId: c.titreVersionId, finDeVie: c.finDeVie, debut: c.debut, fin: c.fin }, [c.jureId]);
      expect(verdicts.get(c.jureId)!.reasons, `${c.nom} sur la session ${c.numero}`).toEqual([]);
    }
  }, 180_000);
});
