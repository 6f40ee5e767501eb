import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agrements, candidatDoublons, ccps, inscriptions, livrets, parchemins, users } from "@/db/schema";
import { generateParcheminNumero } from "@/lib/parchemins/numero";
import { mergeCandidats } from "@/lib/candidats/merge/merge-candidats";
import { createCandidatRow } from "../../fixtures/candidats";
import { asCurrentUser, createCentre, createSite, createTitreRow, createUserRow, TEST_PASSWORD } from "../../fixtures/factories";
import { createHabilitationRow, createJureRow } from "../../fixtures/jures";
import { convokeJureRow, createSessionRow } from "../../fixtures/sessions";
import { uniqueTag } from "../../fixtures/unique";

/** The six signed-in roles of the matrix (DOMAIN R9), and where each one's scope lies. */
export const ROLES = ["national", "dreets", "ud", "centre", "centre2", "dreetsAutre"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  national: "national (DGEFP)",
  dreets: "DREETS Occitanie",
  ud: "UD du Gard (30)",
  centre: "centre du Gard (comme 16 30 FORMATION)",
  centre2: "second centre, à Lyon",
  dreetsAutre: "DREETS Auvergne-Rhône-Alpes",
};

/** Three places, each with a centre (site, agrément) and a juror (habilitation). */
export const PLACES = ["gard", "herault", "rhone"] as const;
export type Place = (typeof PLACES)[number];

/** For each role, a place whose objects it sees, and one whose objects it must not (null: it sees all). */
export const ROLE_PLACES: Record<Role, { inScope: Place; outOfScope: Place | null }> = {
  national: { inScope: "rhone", outOfScope: null },
  dreets: { inScope: "herault", outOfScope: "rhone" },
  ud: { inScope: "gard", outOfScope: "herault" },
  centre: { inScope: "gard", outOfScope: "herault" },
  centre2: { inScope: "rhone", outOfScope: "gard" },
  dreetsAutre: { inScope: "rhone", outOfScope: "gard" },
};

/**
 * `sessionId`: a declared session of the place's centre on its site (Gard: the centre "16 30"-like one;
 * Rhône: the Lyon centre), for every /sessions/[id]/… route of the matrix.
 */
type PlaceObjects = { centreId: string; siret: string; agrementId: string; jureId: string; habilitationId: string; sessionId: string; candidatId: string; doublonId: string; fusionId: string; livretId: string; parcheminId: string };

export type Cast = {
  places: Record<Place, PlaceObjects>;
  titre: { id: string; versionId: string; ccpId: string };
  /** An account the national administration can open on /utilisateurs/[id]. */
  accountId: string;
  departementCode: string;
  logins: Record<Role, { email: string; password: string }>;
};

const PLACE_ROWS = {
  gard: { centre: { regionCode: "76", departementCode: "30", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" }, jure: "30" },
  herault: { centre: { regionCode: "76", departementCode: "34", codePostal: "34000", communeCode: "34172", communeNom: "Montpellier" }, jure: "34" },
  rhone: { centre: { regionCode: "84", departementCode: "69", codePostal: "69001", communeCode: "69381", communeNom: "Lyon 1er Arrondissement" }, jure: "69" },
} as const;

/** Seeds the matrix's own rows (unique names), with the shared factories of tests/fixtures. */
export async function seedCast(db: Db): Promise<Cast> {
  const tag = uniqueTag().toUpperCase();
  const titre = await createTitreRow(db, {
    intitule: `Titre de la matrice ${tag}`,
    versions: [{ dateVersion: "2022-01-01", niveau: 3, nsfCode: "330t", finDeVie: "2029-12-31", ccps: ["Accueillir et orienter les personnes"] }],
  });
  const versionId = titre.versions[0]!.id;
  const [ccp] = await db.select({ id: ccps.id }).from(ccps).where(eq(ccps.titreVersionId, versionId));

  const places = {} as Record<Place, PlaceObjects>;
  for (const place of PLACES) {
    const centre = await createCentre(db, { raisonSociale: `CENTRE MATRICE ${place.toUpperCase()} ${tag}`, ...PLACE_ROWS[place].centre });
    const site = await createSite(db, centre.id, `Plateau ${place} ${tag}`);
    const [agrement] = await db
      .insert(agrements)
      .values({ centreId: centre.id, titreVersionId: versionId, siteId: site.id, statut: "acceptee", dateDecision: "2024-01-15", validFrom: "2024-01-15", validTo: "2029-12-31" })
      .returning({ id: agrements.id });
    const jure = await createJureRow(db, { departement: PLACE_ROWS[place].jure, nomNaissance: `ØRSTED-${place.toUpperCase()}-${tag}`, prenoms: "Nguyễn Thị" });
    const habilitation = await createHabilitationRow(db, jure.id, versionId, [{ debut: "2024-01-01", fin: "2028-12-31" }]);
    const { regionCode, departementCode } = PLACE_ROWS[place].centre;
    const session = await createSessionRow(db, { centreId: centre.id, siteId: site.id, titreVersionId: versionId, agrementId: agrement!.id, regionCode, departementCode, dateDebut: "2027-03-15", dateFin: "2027-03-16", statut: "declaree" });
    // The place's juror sits on its session: the convocation letters (/sessions/[id]/documents/…) exist.
    await convokeJureRow(db, session.id, jure.id);
    // A candidate created by the place's centre and registered in its session (no residence: its scope comes from the session).
    const candidat = await createCandidatRow(db, { nomNaissance: `NGUYỄN-${place.toUpperCase()}-${tag}`, prenoms: "Thị Lan", createdByCentreId: centre.id });
    const [inscription] = await db.insert(inscriptions).values({ sessionId: session.id, candidatId: candidat.id, parcours: "vae" }).returning({ id: inscriptions.id });
    // Its livret de certification (issue 12): the PDF of /candidats/[id]/livrets/[livretId].
    const [livret] = await db.insert(livrets).values({ inscriptionId: inscription!.id, delivreLe: "2027-03-20" }).returning({ id: livrets.id });
    // A parchemin of that inscription (issue 13), never printed: /parchemins/[id] opens, its PDF route answers 404.
    const [parchemin] = await db
      .insert(parchemins)
      .values({ inscriptionId: inscription!.id, numero: generateParcheminNumero(), delivreLe: "2027-03-20", departementCode, lieuDelivranceCode: "30189", lieuDelivranceNom: "Nîmes", titreCode: "TP-00000", titreIntitule: `Titre de la matrice ${tag}`, niveau: 3, nsfCode: "330t" })
      .returning({ id: parchemins.id });
    // A second record of the same person in the same session: the pair of the merge table (issue 11).
    const jumeau = await createCandidatRow(db, { nomNaissance: `NGUYEN-${place.toUpperCase()}-${tag}-BIS`, prenoms: "Thi Lan", createdByCentreId: centre.id });
    await db.insert(inscriptions).values({ sessionId: session.id, candidatId: jumeau.id, parcours: "vae" });
    const [a, b] = [candidat.id, jumeau.id].sort() as [string, string];
    const [doublon] = await db.insert(candidatDoublons).values({ candidatAId: a, candidatBId: b, score: 0.95, raisons: ["nom_proche"] }).returning({ id: candidatDoublons.id });
    places[place] = { centreId: centre.id, siret: centre.siret, agrementId: agrement!.id, jureId: jure.id, habilitationId: habilitation.id, sessionId: session.id, candidatId: candidat.id, doublonId: doublon!.id, fusionId: "", livretId: livret!.id, parcheminId: parchemin!.id };
  }

  const user = async (role: Role, values: Parameters<typeof createUserRow>[1]) => {
    const row = await createUserRow(db, { email: `matrice-${role.toLowerCase()}-${tag.toLowerCase()}@ceres.test`, ...values });
    return { id: row.id, login: { email: row.email, password: TEST_PASSWORD } };
  };
  const accounts = {
    national: await user("national", { role: "national" }),
    dreets: await user("dreets", { role: "regional", regionCode: "76" }),
    ud: await user("ud", { role: "regional", regionCode: "76", departementCode: "30" }),
    centre: await user("centre", { role: "centre", centreId: places.gard.centreId }),
    centre2: await user("centre2", { role: "centre", centreId: places.rhone.centreId }),
    dreetsAutre: await user("dreetsAutre", { role: "regional", regionCode: "84" }),
  };
  // A merge per place, made by the national administration: its record page is /candidats/doublons/fusions/[fusionId].
  const [nationalRow] = await db.select().from(users).where(eq(users.id, accounts.national.id));
  for (const place of PLACES) {
    const survivant = await createCandidatRow(db, { nomNaissance: `ĐẶNG-${place.toUpperCase()}-${tag}`, prenoms: "Mai", createdByCentreId: places[place].centreId });
    await db.insert(inscriptions).values({ sessionId: places[place].sessionId, candidatId: survivant.id, parcours: "vae" });
    const fusionne = await createCandidatRow(db, { nomNaissance: `ĐẶNG-${place.toUpperCase()}-${tag}-BIS`, prenoms: "Mai", createdByCentreId: places[place].centreId });
    const merged = await mergeCandidats(asCurrentUser(nationalRow!), { survivantId: survivant.id, fusionneId: fusionne.id, versionSurvivant: 1, versionFusionne: 1, choix: {} }, db);
    if (!merged.ok) throw new Error(merged.message);
    places[place].fusionId = merged.data.fusionId;
  }
  const logins = Object.fromEntries(ROLES.map((r) => [r, accounts[r].login])) as Cast["logins"];
  return { places, titre: { id: titre.id, versionId, ccpId: ccp!.id }, accountId: accounts.centre.id, departementCode: "30", logins };
}
