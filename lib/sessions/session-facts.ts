import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ccps, communes, departements, sessionCcps, sites, titres, titreVersions } from "@/db/schema";
import { loadR1Facts, type R1Facts } from "@/lib/agrements/r1-facts";
import { versionLabel } from "@/lib/titres/current-version";

/**
 * A site of a centre with the place its sessions take (DOMAIN R9: the UD of the site's département sees
 * them): the département and région of its current commune. Null when the site is not the centre's.
 */
export async function loadSitePlace(tx: DbOrTx, centreId: string, siteId: string) {
  const rows = await tx
    .select({ id: sites.id, libelle: sites.libelle, kind: communes.kind, departementCode: communes.departementCode, regionCode: departements.regionCode })
    .from(sites)
    .innerJoin(communes, and(eq(communes.code, sites.communeCode), isNull(communes.validTo)))
    .innerJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(eq(sites.id, siteId), eq(sites.centreId, centreId)));
  return rows.find((r) => r.kind === "commune" || r.kind === "arrondissement") ?? rows[0] ?? null;
}

/** The title version as R1 refusals and the audit name it, with its CCPs. Null for an unknown version. */
export async function loadVersionFacts(tx: DbOrTx, centreId: string, titreVersionId: string) {
  const [version] = await tx
    .select({ id: titreVersions.id, code: titres.code, intitule: titres.intitule, millesime: titreVersions.millesime, dateVersion: titreVersions.dateVersion })
    .from(titreVersions)
    .innerJoin(titres, eq(titres.id, titreVersions.titreId))
    .where(eq(titreVersions.id, titreVersionId));
  if (!version) return null;
  const [facts, ccpRows] = await Promise.all([
    loadR1Facts(centreId, titreVersionId, tx),
    tx.select({ id: ccps.id }).from(ccps).where(eq(ccps.titreVersionId, titreVersionId)),
  ]);
  return { label: `${version.code} ${version.intitule} ${versionLabel(version)}`, facts: facts as R1Facts, ccpIds: new Set(ccpRows.map((c) => c.id)) };
}

/** CCP ids that do not belong to the version: a CCP session assesses CCPs of its own version only. */
export function foreignCcps(ccpIds: readonly string[], versionCcps: Set<string>): string[] {
  return ccpIds.filter((id) => !versionCcps.has(id));
}

export async function loadSessionCcpIds(tx: DbOrTx, sessionIds: string[]) {
  if (!sessionIds.length) return [];
  return tx.select({ sessionId: sessionCcps.sessionId, ccpId: sessionCcps.ccpId }).from(sessionCcps).where(inArray(sessionCcps.sessionId, sessionIds));
}
