import { addMonths, format, parseISO, startOfMonth } from "date-fns";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agrements, centres, centreTypes, habilitationPeriodes, habilitations, jures, sites, titres, titreVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { normalizeName } from "@/lib/text/normalize";
import { count, type SeedCount } from "./territoires";

const ACTOR = { system: "Données de démonstration" };

/**
 * The version the prolongation is shown on: TP-01281 Concepteur développeur d'applications, millésime 03,
 * a real version of titres.csv which its successor (RNCP37873) has replaced. The référentiel does not give
 * its fin de vie: the demo records one, six months before the day of the first seed (first of the month),
 * so that the 24-month prolongation is running whatever the day the demo is installed. A fin de vie already
 * recorded (by a user or a future référentiel) is kept.
 */
export const DEMO_VERSION_PROLONGEE = { code: "TP-01281", millesime: "03" };

/** A CFA of Montpellier whose type was recorded in 2019, long before the fin de vie (DOMAIN R1). */
export const DEMO_CFA = {
  siret: "89123456700016",
  raisonSociale: "CFA DES GARRIGUES",
  adresse: "12 AVENUE DU PIC SAINT-LOUP",
  codePostal: "34000",
  communeCode: "34172",
  communeNom: "Montpellier",
  regionCode: "76",
  departementCode: "34",
  typeCentre: "CFA",
  reseaux: ["CFA"],
  representantCivilite: "Monsieur",
  representantNom: "ØRSTED",
  representantPrenom: "Lars",
  representantFonction: "Directeur",
  representantEmail: "direction@cfa-garrigues.example",
  representantTelephone: "04 67 00 00 00",
};
export const DEMO_CFA_TYPE_DEPUIS = "2019-09-01";

/** A juror of Nîmes habilitated for that version until its fin de vie: R3 prolongs her by 24 months. */
export const DEMO_JURE_PROLONGE = { civilite: "Madame", nomNaissance: "NGUYỄN", prenoms: "Thị Mai", dateNaissance: "1980-04-02", debut: "2021-02-01" };

export function demoFinDeVie(today: string): string {
  return format(addMonths(startOfMonth(parseISO(today)), -6), "yyyy-MM-dd");
}

async function versionProlongee(tx: DbOrTx) {
  const [row] = await tx
    .select({ id: titreVersions.id, titreId: titreVersions.titreId, finDeVie: titreVersions.finDeVie })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(and(eq(titres.code, DEMO_VERSION_PROLONGEE.code), eq(titreVersions.millesime, DEMO_VERSION_PROLONGEE.millesime)));
  return row ?? null;
}

/** The fin de vie of the demo version, recorded once (with its reason in the history of the title). */
async function ensureFinDeVie(tx: DbOrTx, today: string) {
  const version = await versionProlongee(tx);
  if (!version || version.finDeVie) return version;
  const finDeVie = demoFinDeVie(today);
  await tx.update(titreVersions).set({ finDeVie }).where(and(eq(titreVersions.id, version.id), isNull(titreVersions.finDeVie)));
  await tx.update(titres).set({ version: sql`${titres.version} + 1` }).where(eq(titres.id, version.titreId));
  await recordAudit(tx, ACTOR, {
    action: "version.modifiee",
    entityType: "titre",
    entityId: version.titreId,
    before: { finDeVie: null },
    after: { finDeVie },
    reason: "Fin de vie posée par les données de démonstration (titres.csv ne la donne pas), pour montrer la prolongation de 24 mois.",
  });
  return { ...version, finDeVie };
}

/** The CFA, its type history, its site and its agrément that runs until the fin de vie (R1 prolongation). */
async function seedCfa(tx: DbOrTx, version: { id: string; finDeVie: string | null } | null) {
  const inserted = await tx.insert(centres).values(DEMO_CFA).onConflictDoNothing({ target: centres.siret }).returning({ id: centres.id });
  const [centre] = await tx.select({ id: centres.id }).from(centres).where(eq(centres.siret, DEMO_CFA.siret));
  if (inserted[0]) {
    await tx.insert(centreTypes).values({ centreId: centre!.id, typeCentre: "CFA", validFrom: DEMO_CFA_TYPE_DEPUIS, recordedBy: ACTOR.system });
    await tx.insert(sites).values({ centreId: centre!.id, libelle: "Plateau numérique de Montpellier", adresse: DEMO_CFA.adresse, codePostal: "34000", communeCode: "34172", communeNom: "Montpellier" });
  }
  if (version?.finDeVie) {
    const [site] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.centreId, centre!.id));
    await tx
      .insert(agrements)
      .values({ centreId: centre!.id, titreVersionId: version.id, siteId: site!.id, statut: "acceptee", dateDecision: "2021-06-15", validFrom: "2021-06-15", validTo: version.finDeVie, source: "valce", legacyRef: "VALCE-76-2021-0612" })
      .onConflictDoNothing();
  }
  return { centreId: centre!.id, inserted: inserted.length > 0 };
}

async function seedJureProlonge(tx: DbOrTx, version: { id: string; finDeVie: string | null } | null) {
  if (!version?.finDeVie) return false;
  const j = DEMO_JURE_PROLONGE;
  const [jure] = await tx
    .insert(jures)
    .values({
      civilite: j.civilite,
      nomNaissance: j.nomNaissance,
      prenoms: j.prenoms,
      dateNaissance: j.dateNaissance,
      naissanceCommuneCode: "30007",
      naissanceCommuneNom: "Alès",
      residenceCommuneCode: "30189",
      residenceCommuneNom: "Nîmes",
      residenceDepartementCode: "30",
      residenceRegionCode: "76",
      email: "thi-mai.nguyen@exemple.fr",
      telephone: "06 30 30 30 30",
      nomNaissanceNormalise: normalizeName(j.nomNaissance),
      prenomsNormalises: normalizeName(j.prenoms),
      nomRecherche: normalizeName(`${j.nomNaissance} ${j.prenoms}`),
    })
    .onConflictDoNothing()
    .returning({ id: jures.id });
  if (!jure) return false;
  const [habilitation] = await tx
    .insert(habilitations)
    .values({ jureId: jure.id, titreVersionId: version.id, dateDebutEmploi: "2008-09-01", dateDerniereOccupation: "2024-06-30", dateProfessionnalisation: "2021-01-12", commentaires: "Habilitée jusqu'à la fin de vie de la version : prolongée de 24 mois (R3)." })
    .returning({ id: habilitations.id });
  await tx.insert(habilitationPeriodes).values({ habilitationId: habilitation!.id, jureId: jure.id, titreVersionId: version.id, dateDebut: j.debut, dateFin: version.finDeVie });
  await recordAudit(tx, ACTOR, { action: "habilitation.importee", entityType: "habilitation", entityId: habilitation!.id, after: { dateDebut: j.debut, dateFin: version.finDeVie } });
  return true;
}

/** What the release notes fixed, visible in the demo: the CFA's prolongation (R1) and the juror's (R3). */
export async function seedDemoProlongation(tx: DbOrTx, today: string): Promise<{ counts: SeedCount[]; cfaId: string }> {
  const version = await ensureFinDeVie(tx, today);
  const cfa = await seedCfa(tx, version);
  const jure = await seedJureProlonge(tx, version);
  const inserted = (yes: boolean) => (yes ? [{ inserted: true }] : []);
  return { counts: [count("centres CFA (démo)", inserted(cfa.inserted)), count("jurés prolongés (démo)", inserted(jure))], cfaId: cfa.centreId };
}
