import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, centreTypes, departements, regions, sites } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import { centreScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";

/** A centre as its identification page shows it; null when it does not exist for this user. */
export async function getCentreForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .select({
      id: centres.id,
      siret: centres.siret,
      raisonSociale: centres.raisonSociale,
      adresse: centres.adresse,
      codePostal: centres.codePostal,
      communeCode: centres.communeCode,
      communeNom: centres.communeNom,
      regionCode: centres.regionCode,
      regionNom: regions.nom,
      departementCode: centres.departementCode,
      departementNom: departements.nom,
      typeCentre: centres.typeCentre,
      reseaux: centres.reseaux,
      representantCivilite: centres.representantCivilite,
      representantNom: centres.representantNom,
      representantPrenom: centres.representantPrenom,
      representantFonction: centres.representantFonction,
      representantEmail: centres.representantEmail,
      representantTelephone: centres.representantTelephone,
      version: centres.version,
    })
    .from(centres)
    .innerJoin(regions, eq(regions.code, centres.regionCode))
    .innerJoin(departements, eq(departements.code, centres.departementCode))
    .where(and(centreScope(user), eq(centres.id, id)));
  return row ?? null;
}

export type CentreDetail = NonNullable<Awaited<ReturnType<typeof getCentreForUser>>>;

/** Sites and dated types of a centre the caller has already loaded in scope. */
export async function listSitesOfCentre(centreId: string, tx: DbOrTx = getDb()) {
  return tx
    .select({ id: sites.id, libelle: sites.libelle, adresse: sites.adresse, codePostal: sites.codePostal, communeCode: sites.communeCode, communeNom: sites.communeNom, version: sites.version })
    .from(sites)
    .where(eq(sites.centreId, centreId))
    .orderBy(asc(sites.libelle));
}

export async function listTypeHistoryOfCentre(centreId: string, tx: DbOrTx = getDb()) {
  return tx
    .select({ typeCentre: centreTypes.typeCentre, validFrom: centreTypes.validFrom, recordedAt: centreTypes.recordedAt, recordedBy: centreTypes.recordedBy })
    .from(centreTypes)
    .where(eq(centreTypes.centreId, centreId))
    .orderBy(asc(centreTypes.recordedAt));
}

export async function listCentreHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const centre = await getCentreForUser(user, id, tx);
  if (!centre) return null;
  return { centre, events: await listAuditEventsOfEntity("centre", id, tx) };
}
