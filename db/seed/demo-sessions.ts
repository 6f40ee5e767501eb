import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { agrements, habilitationPeriodes, habilitations, jures, sessionJures, sessions, sites, titres, titreVersions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { toCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { addDays, parisTimeToInstant, type IsoDate } from "@/lib/dates";
import { normalizeName } from "@/lib/text/normalize";
import { checkEligibilityOf } from "@/lib/jures/convocation-facts";
import { nomPrenoms } from "@/lib/jures/display";
import { createSession } from "@/lib/sessions/create-session";
import { settleJuryState } from "@/lib/sessions/jury-transition";
import { checkSessionTransition } from "@/lib/sessions/transitions";
import { loadSitePlace } from "@/lib/sessions/session-facts";
import { DEMO_VERSION_PROLONGEE } from "./demo-prolongation";
import { count, type SeedCount } from "./territoires";

/**
 * A second juror habilitated for TP-01281 millésime 03, the version CFA DES GARRIGUES holds sessions of in
 * its prolongation: with NGUYỄN Thị Mai, the CFA can convene a jury of two. Habilitated until the fin de vie
 * too, so R3 prolongs him as well; he lives in Montpellier and has no link to the CFA.
 */
export const DEMO_JURE_SECOND = {
  civilite: "Monsieur",
  nomNaissance: "ÅSTRÖM-FAURÉ",
  prenoms: "Loïc",
  dateNaissance: "1976-11-08",
  debut: "2022-03-01",
};

/** The 16 30 FORMATION sessions of the demo, dated from the day of the first load (the demo is loaded any day). */
export const DEMO_SESSIONS_1630 = {
  /** Declared, then a jury of the two eligible ADVF jurors (→ « jury constitué »): in three weeks, two days. */
  declaree: { dansJours: 21, duree: 2 },
  /** A draft in six weeks, one day: dates still moving, no juror yet. */
  brouillon: { dansJours: 42, duree: 1 },
};

const ADVF_07 = { code: "TP-00391", millesime: "07" };

async function versionOf(tx: DbOrTx, v: { code: string; millesime: string }) {
  const [row] = await tx
    .select({ id: titreVersions.id, finDeVie: titreVersions.finDeVie })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(eq(titres.code, v.code), eq(titreVersions.millesime, v.millesime)));
  return row ?? null;
}

async function seedSecondJure(tx: DbOrTx): Promise<boolean> {
  const version = await versionOf(tx, DEMO_VERSION_PROLONGEE);
  if (!version?.finDeVie) return false;
  const j = DEMO_JURE_SECOND;
  const [jure] = await tx
    .insert(jures)
    .values({
      civilite: j.civilite,
      nomNaissance: j.nomNaissance,
      prenoms: j.prenoms,
      dateNaissance: j.dateNaissance,
      naissanceCommuneCode: "34172",
      naissanceCommuneNom: "Montpellier",
      residenceCommuneCode: "34172",
      residenceCommuneNom: "Montpellier",
      residenceDepartementCode: "34",
      residenceRegionCode: "76",
      email: "loic.astrom-faure@exemple.fr",
      telephone: "06 34 34 34 34",
      nomNaissanceNormalise: normalizeName(j.nomNaissance),
      prenomsNormalises: normalizeName(j.prenoms),
      nomRecherche: normalizeName(`${j.nomNaissance} ${j.prenoms}`),
    })
    .onConflictDoNothing()
    .returning({ id: jures.id });
  if (!jure) return false;
  const [habilitation] = await tx
    .insert(habilitations)
    .values({ jureId: jure.id, titreVersionId: version.id, dateDebutEmploi: "2010-01-04", dateDerniereOccupation: "2025-06-30", dateProfessionnalisation: "2021-11-15", commentaires: "Développeur puis formateur ; habilité jusqu'à la fin de vie de la version (R3)." })
    .returning({ id: habilitations.id });
  await tx.insert(habilitationPeriodes).values({ habilitationId: habilitation!.id, jureId: jure.id, titreVersionId: version.id, dateDebut: j.debut, dateFin: version.finDeVie });
  await recordAudit(tx, { system: "Données de démonstration" }, { action: "habilitation.importee", entityType: "habilitation", entityId: habilitation!.id, after: { dateDebut: j.debut, dateFin: version.finDeVie } });
  return true;
}

/**
 * Two sessions of 16 30 FORMATION on its ADVF agrément, created by the application's use case as the centre's
 * user (R1 day by day, number, audit), then declared and given a jury checked by R4: one declared whose jury is the ADVF jurors eligible for it (two with the
 * référentiel of countries: ROUX and BENALI; GARCIA, trainer of the centre, is not), one draft. Once the
 * centre has a session, nothing is added (a second load changes nothing).
 */
async function seedSessions1630(tx: DbOrTx, today: IsoDate): Promise<{ inserted: boolean }[]> {
  const [account] = await tx.select().from(users).where(eq(users.email, "centre.1630@ceres.demo"));
  const user = account ? toCurrentUser(account) : null;
  if (!user || user.role !== "centre") return [];
  if ((await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.centreId, user.centreId)).limit(1)).length) return [];
  const version = await versionOf(tx, ADVF_07);
  if (!version) return [];
  const [agrement] = await tx
    .select({ siteId: agrements.siteId })
    .from(agrements)
    .innerJoin(sites, eq(sites.id, agrements.siteId))
    .where(and(eq(agrements.centreId, user.centreId), eq(agrements.titreVersionId, version.id), eq(agrements.statut, "acceptee")));
  // Without the référentiel of communes (a seed of the demo rows alone), the site has no place yet: the sessions wait.
  if (!agrement || !(await loadSitePlace(tx, user.centreId, agrement.siteId))) return [];

  // The use cases open their own transaction: inside the demo's one, a savepoint.
  const db: Db = tx;
  const now = parisTimeToInstant(today, "09:00");
  const plan = (p: { dansJours: number; duree: number }) => {
    const dateDebut = addDays(today, p.dansJours);
    return {
      centreId: user.centreId,
      titreVersionId: version.id,
      siteId: agrement.siteId,
      type: "titre" as const,
      ccpIds: [],
      dateDebut,
      dateFin: addDays(dateDebut, p.duree - 1),
      heureDebut: "08:00",
      convocationSaisie: false,
      convocationDate: dateDebut,
      convocationHeure: "08:00",
      capacite: 12,
    };
  };
  const results: { inserted: boolean }[] = [];
  const declared = await createSession(user, plan(DEMO_SESSIONS_1630.declaree), db, now);
  if (!declared.ok) throw new Error(`Session de démonstration refusée : ${declared.message}`);
  results.push({ inserted: true });
  await declare(tx, user, declared.data.id, now);
  const advf = await tx
    .select({ id: jures.id, nomNaissance: jures.nomNaissance, nomUsage: jures.nomUsage, prenoms: jures.prenoms })
    .from(jures)
    .innerJoin(habilitations, and(eq(habilitations.jureId, jures.id), eq(habilitations.titreVersionId, version.id)))
    .where(inArray(jures.nomNaissance, ["ROUX", "BENALI"]));
  const [session] = await tx.select().from(sessions).where(eq(sessions.id, declared.data.id));
  const target = { id: session!.id, centreId: session!.centreId, titreVersionId: version.id, finDeVie: version.finDeVie, debut: session!.dateDebut, fin: session!.dateFin };
  // R4 as the Jury tab checks it; then the jury's size moves the session on (constituer_jury), audited.
  const verdicts = await checkEligibilityOf(tx, target, advf.map((j) => j.id));
  const jury = advf.filter((j) => verdicts.get(j.id)?.eligible);
  if (jury.length) {
    await tx.insert(sessionJures).values(jury.map((j) => ({ sessionId: target.id, jureId: j.id, convoqueAt: now, convoquePar: user.id })));
    for (const j of jury) await recordAudit(tx, user, { action: "session.jure_convoque", entityType: "session", entityId: target.id, after: { jureId: j.id, jure: nomPrenoms(j) } });
    await settleJuryState(tx, user, { ...target, statut: "declaree", numero: session!.numero });
  }
  const draft = await createSession(user, plan(DEMO_SESSIONS_1630.brouillon), db, now);
  if (!draft.ok) throw new Error(`Brouillon de démonstration refusé : ${draft.message}`);
  results.push({ inserted: true });
  return results;
}

/**
 * « Déclarer » as the session page fires it (the machine's table says who may; the draft's R1 was checked at
 * creation the same day). The page's use case reads the session through a server-only module, which the
 * demo script (plain tsx) cannot import: the same update and audit are written here.
 */
async function declare(tx: DbOrTx, user: CurrentUser, sessionId: string, now: Date) {
  const check = checkSessionTransition("declarer", "brouillon", user.role, null);
  if (!check.ok) throw new Error(check.message);
  await tx.update(sessions).set({ statut: check.to, version: sql`${sessions.version} + 1`, updatedAt: now }).where(eq(sessions.id, sessionId));
  await recordAudit(tx, user, { action: "session.declarer", entityType: "session", entityId: sessionId, before: { statut: "brouillon" }, after: { statut: check.to } });
}

/** What issue 10 adds to the demo: the second juror of the CFA's jury, and sessions so that lists are not empty. */
export async function seedDemoSessions(tx: DbOrTx, today: IsoDate): Promise<SeedCount[]> {
  const second = await seedSecondJure(tx);
  const created = await seedSessions1630(tx, today);
  return [count("jurés TP-01281 (démo)", second ? [{ inserted: true }] : []), count("sessions (démo)", created)];
}
