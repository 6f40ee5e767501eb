import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { sessions } from "@/db/schema";
import { countSessionsParStatut, reussiteParTitre, sessionsAValider, syntheseParTerritoire, titresObtenusParMois } from "@/lib/accueil/queries";
import { asCurrentUser, createScopeCast, createUserRow } from "../fixtures/factories";
import { createSessionAvecCandidats, writeResultatRow } from "../fixtures/resultats";
import { useTestDatabase } from "./support/database";

const t = useTestDatabase();
const TODAY = "2027-06-15";

async function transmise(centreId: string, candidatId: string, transmiseAt: string, place: { departementCode?: string; regionCode?: string } = {}) {
  const s = await createSessionAvecCandidats(t.db, { centreId, candidatIds: [candidatId], statut: "transmise", ...place });
  await t.db.update(sessions).set({ transmiseAt: new Date(transmiseAt) }).where(eq(sessions.id, s.session.id));
  return s;
}

/**
 * Gard: two sessions transmitted (2 and 10 May) and one validated on 1 June at 00:30 Paris time (still 31 May in
 * UTC) with 2 titles, 1 partial, 1 ajourné, 1 absent. Hérault: one transmitted on 1 April. Rhône (another
 * région): one validated in March with 1 title.
 */
async function scenario() {
  const cast = await createScopeCast(t.db);
  const gard = await createSessionAvecCandidats(t.db, { centreId: cast.centreGard.id, statut: "validee", dateDebut: "2027-05-17" });
  const decisions = [
    { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis", 3: "acquis" } },
    { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis", 3: "acquis" } },
    { decision: "partiel", issues: { 1: "acquis", 2: "non_acquis", 3: "acquis" } },
    { decision: "ajourne", issues: { 1: "non_acquis", 2: "non_acquis", 3: "non_acquis" } },
    { decision: "absent", issues: {} },
  ] as const;
  for (const [i, d] of decisions.entries()) await writeResultatRow(t.db, gard.inscriptions[i]!.id, gard.ccps, d);
  await t.db.update(sessions).set({ valideeAt: new Date("2027-05-31T22:30:00Z") }).where(eq(sessions.id, gard.session.id));
  const [a, b, c] = gard.candidatIds as [string, string, string];
  await transmise(cast.centreGard.id, a, "2027-05-02T09:00:00Z");
  await transmise(cast.centreGard.id, b, "2027-05-10T09:00:00Z");
  await transmise(cast.centreHerault.id, c, "2027-04-01T09:00:00Z", { departementCode: "34" });

  const rhone = await createSessionAvecCandidats(t.db, { centreId: cast.centreRhone.id, candidatIds: [gard.candidatIds[3]!], statut: "validee", dateDebut: "2027-03-08", departementCode: "69", regionCode: "84" });
  await writeResultatRow(t.db, rhone.inscriptions[0]!.id, rhone.ccps, decisions[0]);
  await t.db.update(sessions).set({ valideeAt: new Date("2027-03-12T10:00:00Z") }).where(eq(sessions.id, rhone.session.id));
  const autreCentre = asCurrentUser(await createUserRow(t.db, { role: "centre", centreId: cast.centreHerault.id }));
  return { ...cast, autreCentre, gard };
}

describe("pages d'accueil : le travail de chacun, dans son périmètre", () => {
  let c: Awaited<ReturnType<typeof scenario>>;
  beforeEach(async () => {
    c = await scenario();
  });

  test("sessions à valider et la plus ancienne : l'UD du Gard ne compte que son département, la DREETS sa région", async () => {
    expect(await sessionsAValider(c.ud30, t.db)).toEqual({ total: 2, plusAncienne: new Date("2027-05-02T09:00:00Z") });
    expect(await sessionsAValider(c.ud34, t.db)).toEqual({ total: 1, plusAncienne: new Date("2027-04-01T09:00:00Z") });
    expect(await sessionsAValider(c.occitanie, t.db)).toEqual({ total: 3, plusAncienne: new Date("2027-04-01T09:00:00Z") });
    expect(await sessionsAValider(c.national, t.db)).toMatchObject({ total: 3 });
    expect(await sessionsAValider(c.auvergne, t.db)).toEqual({ total: 0, plusAncienne: null });
  });

  test("le centre compte ses sessions par statut, pas celles d'un autre centre", async () => {
    expect(await countSessionsParStatut(c.centreUser, t.db)).toEqual({ transmise: 2, validee: 1 });
    expect(await countSessionsParStatut(c.autreCentre, t.db)).toEqual({ transmise: 1 });
  });

  test("par département pour la DREETS (tous ses départements, même sans session), par région pour le national, le sien seul pour l'UD", async () => {
    const occitanie = (await syntheseParTerritoire(c.occitanie, TODAY, t.db))!;
    expect(occitanie.map((d) => d.code)).toEqual(["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]);
    expect(occitanie.find((d) => d.code === "30")).toEqual({ code: "30", nom: "Gard", aValider: 2, valideesAnnee: 1, titresAnnee: 2 });
    expect(occitanie.find((d) => d.code === "34")).toEqual({ code: "34", nom: "Hérault", aValider: 1, valideesAnnee: 0, titresAnnee: 0 });
    expect(await syntheseParTerritoire(c.ud30, TODAY, t.db)).toEqual([{ code: "30", nom: "Gard", aValider: 2, valideesAnnee: 1, titresAnnee: 2 }]);
    const national = (await syntheseParTerritoire(c.national, TODAY, t.db))!;
    expect(national.find((r) => r.code === "76")).toMatchObject({ aValider: 3, valideesAnnee: 1, titresAnnee: 2 });
    expect(national.find((r) => r.code === "84")).toMatchObject({ aValider: 0, valideesAnnee: 1, titresAnnee: 1 });
    expect((await syntheseParTerritoire(c.auvergne, TODAY, t.db))!.find((d) => d.code === "30")).toBeUndefined();
    expect(await syntheseParTerritoire(c.centreUser, TODAY, t.db)).toBeNull();
    // The year starts on 1 January: in 2028 nothing of 2027 counts.
    expect((await syntheseParTerritoire(c.ud30, "2028-01-02", t.db))![0]).toMatchObject({ valideesAnnee: 0, titresAnnee: 0 });
  });

  test("l'année s'arrête au 31 décembre à minuit, heure de Paris : une validation du 1er janvier suivant compte l'année d'après", async () => {
    // Asked in December 2026, the session validated in 2027 is not of this year.
    expect((await syntheseParTerritoire(c.ud30, "2026-12-15", t.db))![0]).toMatchObject({ aValider: 2, valideesAnnee: 0, titresAnnee: 0 });
    // At 23:59:59 on 31 December (Paris), still 2027; at 00:30 on 1 January (still 31 December in UTC), 2028.
    await t.db.update(sessions).set({ valideeAt: new Date("2027-12-31T22:59:59Z") }).where(eq(sessions.id, c.gard.session.id));
    expect((await syntheseParTerritoire(c.ud30, TODAY, t.db))![0]).toMatchObject({ valideesAnnee: 1, titresAnnee: 2 });
    await t.db.update(sessions).set({ valideeAt: new Date("2027-12-31T23:30:00Z") }).where(eq(sessions.id, c.gard.session.id));
    expect((await syntheseParTerritoire(c.ud30, TODAY, t.db))![0]).toMatchObject({ valideesAnnee: 0, titresAnnee: 0 });
    expect((await syntheseParTerritoire(c.ud30, "2028-01-02", t.db))![0]).toMatchObject({ valideesAnnee: 1, titresAnnee: 2 });
  });

  test("titres obtenus par mois de validation, à l'heure de Paris, sur douze mois, dans le périmètre", async () => {
    const occitanie = await titresObtenusParMois(c.occitanie, TODAY, t.db);
    expect(occitanie.map((m) => m.mois)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);
    // Validated at 00:30 on 1 June in Paris (31 May in UTC): a June title.
    expect(occitanie.filter((m) => m.titres > 0)).toEqual([{ mois: "2027-06", titres: 2 }]);
    expect((await titresObtenusParMois(c.national, TODAY, t.db)).filter((m) => m.titres > 0)).toEqual([
      { mois: "2027-03", titres: 1 },
      { mois: "2027-06", titres: 2 },
    ]);
    expect((await titresObtenusParMois(c.ud34, TODAY, t.db)).every((m) => m.titres === 0)).toBe(true);
    expect((await titresObtenusParMois(c.auvergne, TODAY, t.db)).filter((m) => m.titres > 0)).toEqual([{ mois: "2027-03", titres: 1 }]);
  });

  test("réussite par titre du centre : présents (hors absents), titres, partiels ; rien pour un autre centre", async () => {
    const [row, ...rest] = await reussiteParTitre(c.centreUser, TODAY, t.db);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ presents: 4, titres: 2, partiels: 1 });
    expect(await reussiteParTitre(c.autreCentre, TODAY, t.db)).toEqual([]);
    // Twelve months later the session has left the window.
    expect(await reussiteParTitre(c.centreUser, "2028-06-15", t.db)).toEqual([]);
    // Asked on 31 May, a session validated on 1 June at 00:30 Paris time (31 May in UTC) is not yet in the window.
    expect(await reussiteParTitre(c.centreUser, "2027-05-31", t.db)).toEqual([]);
    expect(await reussiteParTitre(c.centreUser, "2027-06-01", t.db)).toHaveLength(1);
  });
});
