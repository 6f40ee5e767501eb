import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { agrements, candidats, ccps, departements, habilitations, inscriptions, jures, livrets, parchemins, resultatCcps, resultats, sessionJures, sessions, sites, titres, titreVersions, users, type DecisionResultat, type IssueCcp, type Parcours, type SessionStatut } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { toCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { identityKeys } from "@/lib/candidats/identity";
import { addDays, parisTimeToInstant, toParisWallClock, type IsoDate } from "@/lib/dates";
import { assignParcheminNumeros } from "@/lib/parchemins/assign-numeros";
import { allocateSessionNumero } from "@/lib/sessions/numero";
import { loadSitePlace } from "@/lib/sessions/session-facts";
import { count, type SeedCount } from "./territoires";

/**
 * The version the results are shown on: TP-00391 Assistant(e) de vie aux familles of 16/03/2011, the one
 * version of titres.csv whose three CCPs the référentiel names (the screens users know cite it). An agrément
 * imported from VALCE covered it until yesterday, the day of the first load.
 */
export const DEMO_VERSION_RESULTATS = { code: "TP-00391", dateVersion: "2011-03-16" };
export const DEMO_AGREMENT_RESULTATS_REF = "VALCE-76-2021-0318";

type Personne = { civilite: "Madame" | "Monsieur"; nomNaissance: string; prenoms: string; dateNaissance: string; commune: [string, string] };
type Ligne = { personne: Personne; parcours?: Parcours; decision: DecisionResultat; issues: IssueCcp[] };

const NIMES: [string, string] = ["30189", "Nîmes"];
const ALES: [string, string] = ["30007", "Alès"];
const BAGNOLS: [string, string] = ["30028", "Bagnols-sur-Cèze"];
const MONTPELLIER: [string, string] = ["34172", "Montpellier"];

/** The candidate who is partial in the validated session, then completes the title by capitalisation. */
export const DEMO_CANDIDATE_PARTIELLE: Personne = { civilite: "Madame", nomNaissance: "DUPONT-L'HERMITTE", prenoms: "Zoë Marie", dateNaissance: "1994-02-28", commune: BAGNOLS };

const A = "acquis" as const;
const N = "non_acquis" as const;
const P = "non_presente" as const;

/** (c) validated 55 days ago: two titles (parchemins), one partial (livret), one ajourné, one absent. */
const VALIDEE: Ligne[] = [
  { personne: { civilite: "Monsieur", nomNaissance: "NGUYỄN", prenoms: "Văn Minh", dateNaissance: "1991-05-14", commune: NIMES }, decision: "titre_obtenu", issues: [A, A, A] },
  { personne: { civilite: "Madame", nomNaissance: "ØRSTED", prenoms: "Ingrid", dateNaissance: "1987-10-03", commune: MONTPELLIER }, decision: "titre_obtenu", issues: [A, A, A] },
  { personne: DEMO_CANDIDATE_PARTIELLE, decision: "partiel", issues: [A, N, A] },
  { personne: { civilite: "Monsieur", nomNaissance: "KOWALSKI", prenoms: "Łukasz", dateNaissance: "1979-12-01", commune: ALES }, decision: "ajourne", issues: [N, N, N] },
  { personne: { civilite: "Madame", nomNaissance: "BENAÏSSA", prenoms: "Chloé", dateNaissance: "2000-07-19", commune: NIMES }, decision: "absent", issues: [] },
];

/** (b) transmitted 6 days ago, results entered: Zoë completes the title with CCP 2 (capitalisation). */
const TRANSMISE: Ligne[] = [
  { personne: DEMO_CANDIDATE_PARTIELLE, parcours: "capitalisation", decision: "titre_obtenu", issues: [P, A, P] },
  { personne: { civilite: "Madame", nomNaissance: "ÅSTRÖM", prenoms: "Anaïs", dateNaissance: "1996-04-09", commune: BAGNOLS }, decision: "titre_obtenu", issues: [A, A, A] },
  { personne: { civilite: "Monsieur", nomNaissance: "ĐẶNG", prenoms: "Quốc Bảo", dateNaissance: "1989-08-22", commune: NIMES }, decision: "partiel", issues: [N, A, N] },
  { personne: { civilite: "Madame", nomNaissance: "MÜLLER-ŞAHIN", prenoms: "Ayşe", dateNaissance: "1983-01-30", commune: ALES }, decision: "ajourne", issues: [N, N, N] },
  { personne: { civilite: "Monsieur", nomNaissance: "LEBLANC", prenoms: "Noël", dateNaissance: "1975-12-25", commune: NIMES }, decision: "titre_obtenu", issues: [A, A, A] },
];

/** (a) first day three days ago, jury constitué, no result yet: the centre enters them. */
const A_SAISIR: Personne[] = [
  { civilite: "Monsieur", nomNaissance: "SCHRÖDER", prenoms: "Jürgen", dateNaissance: "1985-06-17", commune: NIMES },
  { civilite: "Madame", nomNaissance: "N'DIAYE", prenoms: "Aïssatou", dateNaissance: "1993-03-08", commune: ALES },
  { civilite: "Monsieur", nomNaissance: "GARCÍA", prenoms: "Íñigo", dateNaissance: "1990-11-11", commune: MONTPELLIER },
  { civilite: "Madame", nomNaissance: "O'CONNOR", prenoms: "Siobhán", dateNaissance: "1998-09-02", commune: BAGNOLS },
  { civilite: "Madame", nomNaissance: "PHẠM", prenoms: "Thu Hà", dateNaissance: "1988-05-05", commune: NIMES },
];

async function account(tx: DbOrTx, email: string): Promise<CurrentUser | null> {
  const [row] = await tx.select().from(users).where(eq(users.email, email));
  return row ? toCurrentUser(row) : null;
}

async function candidatOf(tx: DbOrTx, p: Personne, centreId: string, cache: Map<Personne, string>): Promise<string> {
  const known = cache.get(p);
  if (known) return known;
  const values = { civilite: p.civilite, nomNaissance: p.nomNaissance, prenoms: p.prenoms, dateNaissance: p.dateNaissance, naissanceCommuneCode: p.commune[0], naissanceCommuneNom: p.commune[1] };
  const [row] = await tx
    .insert(candidats)
    .values({ ...values, ...identityKeys(values), residenceDepartementCode: "30", residenceRegionCode: "76", createdByCentreId: centreId })
    .returning({ id: candidats.id });
  cache.set(p, row!.id);
  return row!.id;
}

/**
 * What issue 12 adds to the demo, in the Gard for 16 30 FORMATION on ADVF (16/03/2011): (a) a session held
 * three days ago, jury constitué, five candidates and no result (the centre enters them); (b) a session
 * transmitted with its results (the UD du Gard validates it); (c) a session validated, with a numbered
 * parchemin for each title obtained and a livret for the partial candidate. Written as the use cases leave
 * them (status, instants, audit), once: a second load changes nothing. Waits, like the sessions, for the
 * référentiel of communes (the site's place) and the version's CCPs.
 */
export async function seedDemoResultats(tx: DbOrTx, centreId: string, today: IsoDate): Promise<SeedCount[]> {
  const none = [count("sessions avec résultats (démo)", [])];
  const centre = { id: centreId };
  const [centreUser, ud30] = [await account(tx, "centre.1630@ceres.demo"), await account(tx, "ud30@ceres.demo")];
  if (!centreUser || !ud30) return none;
  if ((await tx.select({ id: agrements.id }).from(agrements).where(and(eq(agrements.centreId, centre.id), eq(agrements.legacyRef, DEMO_AGREMENT_RESULTATS_REF)))).length) return none;
  const [site] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.centreId, centre.id)).orderBy(asc(sites.createdAt));
  const [version] = await tx
    .select({ id: titreVersions.id, code: titres.code, intitule: titres.intitule, niveau: titreVersions.niveau, nsfCode: titreVersions.nsfCode, rncp: titreVersions.rncp })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(eq(titres.code, DEMO_VERSION_RESULTATS.code), eq(titreVersions.dateVersion, DEMO_VERSION_RESULTATS.dateVersion), isNull(titreVersions.millesime)));
  if (!site || !version?.nsfCode || !(await loadSitePlace(tx, centre.id, site.id))) return none;
  const ccpRows = await tx.select({ id: ccps.id, numero: ccps.numero }).from(ccps).where(eq(ccps.titreVersionId, version.id)).orderBy(asc(ccps.numero));
  if (ccpRows.length !== 3) return none;
  const [ud] = await tx.select({ code: departements.udCommuneCode, nom: departements.udCommuneNom }).from(departements).where(eq(departements.code, "30"));
  // R4: the jurors of these sessions are habilitated for their version (ADVF 2011), not only for the 2023 one.
  const jury = await tx
    .select({ id: jures.id })
    .from(jures)
    .innerJoin(habilitations, and(eq(habilitations.jureId, jures.id), eq(habilitations.titreVersionId, version.id)))
    .where(inArray(jures.nomNaissance, ["ROUX", "BENALI"]));

  const [agrement] = await tx
    .insert(agrements)
    .values({ centreId: centre.id, titreVersionId: version.id, siteId: site.id, statut: "acceptee", dateDecision: "2021-03-18", validFrom: "2021-03-18", validTo: addDays(today, -1), source: "valce", legacyRef: DEMO_AGREMENT_RESULTATS_REF })
    .returning({ id: agrements.id });
  const people = new Map<Personne, string>();

  /** A session written as the use cases leave it: created a month before its first day, jury convened, audited. */
  async function session(debut: IsoDate, duree: number, statut: SessionStatut) {
    const creeLe = addDays(debut, -30);
    const [row] = await tx
      .insert(sessions)
      .values({
        numero: await allocateSessionNumero(tx, Number(creeLe.slice(0, 4)), "30"),
        centreId: centre.id,
        siteId: site!.id,
        titreVersionId: version!.id,
        agrementId: agrement!.id,
        regionCode: "76",
        departementCode: "30",
        dateDebut: debut,
        dateFin: addDays(debut, duree - 1),
        convocationAt: parisTimeToInstant(debut, "08:00"),
        capacite: 8,
        statut,
        createdBy: centreUser!.id,
        createdAt: parisTimeToInstant(creeLe, "10:00"),
      })
      .returning({ id: sessions.id, numero: sessions.numero });
    await recordAudit(tx, centreUser!, { action: "session.creee", entityType: "session", entityId: row!.id, after: { numero: row!.numero, dateDebut: debut } });
    if (jury.length) await tx.insert(sessionJures).values(jury.map((j) => ({ sessionId: row!.id, jureId: j.id, convoquePar: centreUser!.id, convoqueAt: parisTimeToInstant(addDays(creeLe, 7), "11:00") })));
    return row!;
  }

  async function inscrire(sessionId: string, lignes: { personne: Personne; parcours?: Parcours }[]) {
    const ids: string[] = [];
    for (const l of lignes) ids.push(await candidatOf(tx, l.personne, centre.id, people));
    return tx
      .insert(inscriptions)
      .values(lignes.map((l, i) => ({ sessionId, candidatId: ids[i]!, parcours: l.parcours ?? "formation_continue", createdBy: centreUser!.id })))
      .returning({ id: inscriptions.id, candidatId: inscriptions.candidatId });
  }

  async function saisir(sessionId: string, lignes: Ligne[]) {
    const inscrits = await inscrire(sessionId, lignes);
    await tx.insert(resultats).values(lignes.map((l, i) => ({ inscriptionId: inscrits[i]!.id, presence: l.decision === "absent" ? ("absent" as const) : ("present" as const), decision: l.decision, saisiPar: centreUser!.id })));
    const issues = lignes.flatMap((l, i) => l.issues.map((issue, n) => ({ inscriptionId: inscrits[i]!.id, ccpId: ccpRows[n]!.id, issue })));
    if (issues.length) await tx.insert(resultatCcps).values(issues);
    return inscrits;
  }

  async function transition(user: CurrentUser, sessionId: string, action: "saisir_resultats" | "transmettre" | "valider", before: SessionStatut, after: SessionStatut) {
    await recordAudit(tx, user, { action: `session.${action}`, entityType: "session", entityId: sessionId, before: { statut: before }, after: { statut: after } });
  }

  // (c) validated: transmitted 60 days ago, validated by the UD 55 days ago.
  const validee = await session(addDays(today, -70), 2, "validee");
  const inscritsC = await saisir(validee.id, VALIDEE);
  const transmiseC = parisTimeToInstant(addDays(today, -60), "16:30");
  const valideeAt = parisTimeToInstant(addDays(today, -55), "10:15");
  const delivreLe = toParisWallClock(valideeAt).date;
  await tx.update(sessions).set({ transmiseAt: transmiseC, valideeAt, valideePar: ud30.id }).where(eq(sessions.id, validee.id));
  await transition(centreUser, validee.id, "saisir_resultats", "jury_constitue", "resultats_saisis");
  await transition(centreUser, validee.id, "transmettre", "resultats_saisis", "transmise");
  const titulaires = inscritsC.filter((_, i) => VALIDEE[i]!.decision === "titre_obtenu");
  const issued = await tx
    .insert(parchemins)
    .values(
      titulaires.map((i) => ({
        inscriptionId: i.id,
        delivreLe,
        departementCode: "30",
        lieuDelivranceCode: ud?.code ?? "30189",
        lieuDelivranceNom: ud?.nom ?? "Nîmes",
        titreCode: version.code,
        titreIntitule: version.intitule,
        niveau: version.niveau,
        nsfCode: version.nsfCode!,
        rncp: version.rncp,
      })),
    )
    .returning({ id: parchemins.id });
  // seedDemo always runs inside the demo's transaction: the numbers are drawn in it, as at validation.
  await assignParcheminNumeros(tx as Tx, issued.map((p) => p.id));
  const partiels = inscritsC.filter((_, i) => VALIDEE[i]!.decision === "partiel");
  await tx.insert(livrets).values(partiels.map((i) => ({ inscriptionId: i.id, delivreLe })));
  await transition(ud30, validee.id, "valider", "transmise", "validee");

  // (b) transmitted six days ago, results entered: the UD's queue.
  const transmise = await session(addDays(today, -20), 1, "transmise");
  await saisir(transmise.id, TRANSMISE);
  await tx.update(sessions).set({ transmiseAt: parisTimeToInstant(addDays(today, -6), "17:05") }).where(eq(sessions.id, transmise.id));
  await transition(centreUser, transmise.id, "saisir_resultats", "jury_constitue", "resultats_saisis");
  await transition(centreUser, transmise.id, "transmettre", "resultats_saisis", "transmise");

  // (a) held three days ago, no result yet.
  const aSaisir = await session(addDays(today, -3), 2, "jury_constitue");
  await inscrire(aSaisir.id, A_SAISIR.map((personne) => ({ personne })));

  return [count("sessions avec résultats (démo)", [validee, transmise, aSaisir].map(() => ({ inserted: true })))];
}
