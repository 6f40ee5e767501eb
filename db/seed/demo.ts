import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agrements, centres, centreTypes, sites, titres, titreVersions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { todayInParis } from "@/lib/dates";
import { seedDemoCandidats } from "./demo-candidats";
import { seedDemoJures } from "./demo-jures";
import { DEMO_CFA, seedDemoProlongation } from "./demo-prolongation";
import { seedDemoResultats } from "./demo-resultats";
import { seedDemoSessions } from "./demo-sessions";
import { count, type SeedCount } from "./territoires";

export const DEMO_PASSWORD = "ceres-demo-2026";

/** The centre of the screens users know ("CERES ÉTABLISSEMENTS — Identification du centre"). */
export const DEMO_CENTRE = {
  siret: "53060076600022",
  raisonSociale: "16 30 FORMATION",
  adresse: "RUE DU 19 MARS 1962 IMMEUBLE LE 1",
  codePostal: "30200",
  communeCode: "30028",
  communeNom: "Bagnols-sur-Cèze",
  regionCode: "76",
  departementCode: "30",
  // Type not recorded: exactly the case that blocks the 24-month prolongation (DOMAIN, screens users know).
  typeCentre: null,
  reseaux: ["Association", "Autres"],
  representantCivilite: "Madame",
  representantNom: "MARTIN",
  representantPrenom: "Sophie",
  representantFonction: "Directrice",
  representantEmail: "direction@1630formation.example",
  representantTelephone: "04 66 00 00 00",
};

/** A centre of another région (Auvergne-Rhône-Alpes), with its own user: scope can be seen from both sides. */
export const DEMO_CENTRE_LYON = {
  siret: "88765432100025",
  raisonSociale: "ATELIERS DU CONFLUENT FORMATION",
  adresse: "8 QUAI RAMBAUD",
  codePostal: "69002",
  communeCode: "69382",
  communeNom: "Lyon 2e Arrondissement",
  regionCode: "84",
  departementCode: "69",
  typeCentre: "OF_PRIVE",
  reseaux: ["Autres"],
  representantCivilite: "Madame",
  representantNom: "BERTRAND-ÖZTÜRK",
  representantPrenom: "Élise",
  representantFonction: "Gérante",
  representantEmail: "contact@ateliers-confluent.example",
  representantTelephone: "04 72 00 00 00",
};

export const DEMO_ACCOUNTS = [
  { email: "national@ceres.demo", prenom: "Nadia", nom: "NATIONALE", role: "national", label: "National (DGEFP)" },
  { email: "dreets.occitanie@ceres.demo", prenom: "Raphaël", nom: "RÉGIONAL", role: "regional", regionCode: "76", label: "DREETS Occitanie" },
  { email: "ud30@ceres.demo", prenom: "Delphine", nom: "GARDOISE", role: "regional", regionCode: "76", departementCode: "30", label: "UD du Gard (30)" },
  { email: "ud34@ceres.demo", prenom: "Mathéo", nom: "HÉRAULTAIS", role: "regional", regionCode: "76", departementCode: "34", label: "UD de l'Hérault (34)" },
  { email: "centre.1630@ceres.demo", prenom: "Camille", nom: "FORMATRICE", role: "centre", centreSiret: DEMO_CENTRE.siret, label: "Centre 16 30 FORMATION" },
  { email: "cfa.garrigues@ceres.demo", prenom: "Yasmine", nom: "HADDAD", role: "centre", centreSiret: DEMO_CFA.siret, label: "CFA DES GARRIGUES (34)" },
  { email: "centre.lyon@ceres.demo", prenom: "Søren", nom: "LEFÈVRE", role: "centre", centreSiret: DEMO_CENTRE_LYON.siret, label: "Centre de Lyon (69)" },
  { email: "dreets.ara@ceres.demo", prenom: "Aurélie", nom: "LYONNAISE", role: "regional", regionCode: "84", label: "DREETS Auvergne-Rhône-Alpes" },
] as const;

/** Demo rows, inserted once: running the seed again changes nothing (and keeps passwords changed since). */
export async function seedDemo(tx: DbOrTx, today: string = todayInParis()): Promise<SeedCount[]> {
  const centreResult = await tx
    .insert(centres)
    .values(DEMO_CENTRE)
    .onConflictDoNothing({ target: centres.siret })
    .returning({ inserted: sql<boolean>`true` });
  const [centre] = await tx.select({ id: centres.id }).from(centres).where(sql`${centres.siret} = ${DEMO_CENTRE.siret}`);
  await seedDemoAgrements(tx, centre!.id);
  const lyon = await tx.insert(centres).values(DEMO_CENTRE_LYON).onConflictDoNothing({ target: centres.siret }).returning({ id: centres.id });
  if (lyon[0]) await tx.insert(centreTypes).values({ centreId: lyon[0].id, typeCentre: DEMO_CENTRE_LYON.typeCentre, validFrom: "2018-01-01", recordedBy: "Données de démonstration" });
  const prolongation = await seedDemoProlongation(tx, today);

  const sirets = DEMO_ACCOUNTS.flatMap((a) => ("centreSiret" in a ? [a.centreSiret] : []));
  const centreIds = new Map((await tx.select({ id: centres.id, siret: centres.siret }).from(centres).where(inArray(centres.siret, sirets))).map((c) => [c.siret, c.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userRows = DEMO_ACCOUNTS.map((a) => ({
    email: a.email,
    prenom: a.prenom,
    nom: a.nom,
    role: a.role,
    regionCode: "regionCode" in a ? a.regionCode : null,
    departementCode: "departementCode" in a ? a.departementCode : null,
    centreId: "centreSiret" in a ? centreIds.get(a.centreSiret)! : null,
    passwordHash,
  }));
  const userResult = await tx.insert(users).values(userRows).onConflictDoNothing().returning({ inserted: sql<boolean>`true` });
  return [
    count("centres (démo)", [...centreResult, ...lyon.map(() => ({ inserted: true }))]),
    ...prolongation.counts,
    count("users (démo)", userResult),
    await seedDemoJures(tx, centre!.id),
    ...(await seedDemoSessions(tx, today)),
    ...(await seedDemoCandidats(tx)),
    ...(await seedDemoResultats(tx, centre!.id, today)),
  ];
}

/** A site and two agréments of the demo centre: one imported from VALCE (accepted), one request to instruct. */
async function seedDemoAgrements(tx: DbOrTx, centreId: string): Promise<void> {
  const [existing] = await tx.select({ id: sites.id }).from(sites).where(sql`${sites.centreId} = ${centreId}`);
  if (existing) return;
  const [site] = await tx
    .insert(sites)
    .values({ centreId, libelle: "Plateau technique de Bagnols", adresse: DEMO_CENTRE.adresse, codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
    .returning({ id: sites.id });
  const version = async (code: string, millesime: string) => {
    const [row] = await tx
      .select({ id: titreVersions.id })
      .from(titreVersions)
      .innerJoin(titres, sql`${titres.id} = ${titreVersions.titreId}`)
      .where(sql`${titres.code} = ${code} and ${titreVersions.millesime} = ${millesime}`);
    return row?.id;
  };
  const advf = await version("TP-00391", "07");
  const dwwm = await version("TP-01280", "03");
  if (advf) {
    await tx.insert(agrements).values({
      centreId,
      titreVersionId: advf,
      siteId: site!.id,
      statut: "acceptee",
      dateDecision: "2023-09-15",
      validFrom: "2023-09-15",
      validTo: "2028-09-14",
      source: "valce",
      legacyRef: "VALCE-76-2023-0415",
    });
  }
  if (dwwm) await tx.insert(agrements).values({ centreId, titreVersionId: dwwm, siteId: site!.id, statut: "en_instruction", source: "ceres" });
}
