import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ccps, nsfCodes, sites } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createSessionSchema } from "@/lib/sessions/schemas";
import { createScopeCast, createSite, createTitreRow, seedSomeCommunes } from "../fixtures/factories";
import { createAgrementRow } from "../fixtures/sessions";

/** Tuesday 11 May 2027, 14:37 in Paris: the clock time a creation must never take. */
export const NOW = new Date("2027-05-11T12:37:00Z");

/**
 * The scope cast with a title version of two CCPs, two sites of the Gard centre (only the first one holds
 * an agrément), a site of the Lyon centre with its agrément.
 */
export async function setupSessions(db: Db) {
  const c = await createScopeCast(db);
  await seedSomeCommunes(db);
  await db.insert(nsfCodes).values({ code: "330t", libelle: "Services aux personnes", niveau: "sous_groupe", parentCode: "330" }).onConflictDoNothing();
  const titre = await createTitreRow(db, {
    code: "TP-01281",
    intitule: "Agent de restauration",
    versions: [{ millesime: "03", dateVersion: "2019-03-01", niveau: 3, nsfCode: "330t", finDeVie: "2027-12-31", ccps: ["Préparer en assemblage des hors-d'œuvre", "Réaliser des grillades"] }],
  });
  const version = titre.versions[0]!;
  const versionCcps = await db.select({ id: ccps.id }).from(ccps).where(eq(ccps.titreVersionId, version.id)).orderBy(ccps.numero);
  const site = await createSite(db, c.centreGard.id, "Plateau de Bagnols");
  const annexe = await createSite(db, c.centreGard.id, "Annexe Ørsted");
  const [siteLyon] = await db
    .insert(sites)
    .values({ centreId: c.centreRhone.id, libelle: "Plateau lyonnais", adresse: "1 quai Saint-Antoine", codePostal: "69001", communeCode: "69381", communeNom: "Lyon 1er Arrondissement" })
    .returning();
  const agrement = await createAgrementRow(db, { centreId: c.centreGard.id, siteId: site.id, titreVersionId: version.id, validFrom: "2024-01-01", validTo: "2027-12-31" });
  const agrementLyon = await createAgrementRow(db, { centreId: c.centreRhone.id, siteId: siteLyon!.id, titreVersionId: version.id, validFrom: "2024-01-01", validTo: "2027-12-31" });
  return { c, version, titre, ccpIds: versionCcps.map((x) => x.id), site, annexe, siteLyon: siteLyon!, agrement, agrementLyon };
}

export type SessionsSetup = Awaited<ReturnType<typeof setupSessions>>;

/** The creation form as a user fills it: R2 defaults moved to the days chosen. */
export function creationInput(s: SessionsSetup, overrides: Partial<Record<string, unknown>> = {}) {
  return createSessionSchema.parse({
    centreId: s.c.centreGard.id,
    titreVersionId: s.version.id,
    siteId: s.site.id,
    dateDebut: "2027-05-12",
    dateFin: "2027-05-13",
    heureDebut: "08:00",
    convocationSaisie: false,
    convocationDate: "2027-05-12",
    convocationHeure: "08:00",
    capacite: "14",
    type: "titre",
    ccpIds: [],
    ...overrides,
  });
}

export const usersOf = (s: SessionsSetup): Record<string, CurrentUser> => ({
  national: s.c.national,
  occitanie: s.c.occitanie,
  ud30: s.c.ud30,
  ud34: s.c.ud34,
  auvergne: s.c.auvergne,
  centreGard: s.c.centreUser,
});
