import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agrements, centres, communes, departements, sites, titres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { checkSiret } from "@/lib/centres/siret";
import type { ValceLine } from "./parse";
import type { ExistingAgrement, ExistingCentre, ImportScope, KnownVersion, ValceContext } from "./plan";
import { indexCommunes } from "./resolve-commune";

/** One array parameter instead of one parameter per value: a 20,000-line file stays one short statement. */
const anyOf = (values: string[]) => sql`any(${sql.param(values)}::text[])`;

/**
 * Communes having one of the postal codes. A few codes: the GIN index on postal_codes. Thousands (a national
 * export): `&&` would compare every commune with every code (5 s for 4,000 codes), so the codes are hashed
 * and joined with the communes' unnested codes instead (0.2 s).
 */
function withPostalCode(postalCodes: string[]): SQL {
  if (postalCodes.length <= 200) return sql`${communes.postalCodes} && ${sql.param(postalCodes)}::text[]`;
  return sql`${communes.id} in (
    select c.id from ${communes} c cross join lateral unnest(c.postal_codes) as p(cp)
    where p.cp in (select unnest(${sql.param(postalCodes)}::text[])))`;
}

export function importScopeOf(user: CurrentUser): ImportScope {
  return user.role === "regional" ? { regionCode: user.regionCode, departementCode: user.departementCode } : null;
}

/**
 * Everything the planner compares the file with, loaded for the file's own SIRETs, titles, postal codes and
 * legacy ids. With `lock`, the agréments the file names are locked until the transaction ends. Every list is
 * ordered: the dry run and the apply must compute the same plan, message for message, or the digests differ.
 */
export async function loadValceContext(tx: DbOrTx, lines: ValceLine[], scope: ImportScope, lock: boolean): Promise<ValceContext> {
  const sirets = [...new Set(lines.flatMap((l) => {
    const check = checkSiret(l.siret);
    return check.ok ? [check.siret] : [];
  }))];
  const codes = [...new Set(lines.map((l) => l.codeTitre.replace(/\s/g, "").toUpperCase()).filter(Boolean))];
  const postalCodes = [...new Set(lines.map((l) => l.codePostal.replace(/\s/g, "")).filter(Boolean))];
  const refs = [...new Set(lines.map((l) => l.identifiant).filter(Boolean))];

  const agrementQuery = tx
    .select({
      id: agrements.id,
      legacyRef: agrements.legacyRef,
      siteId: agrements.siteId,
      titreVersionId: agrements.titreVersionId,
      statut: agrements.statut,
      dateDecision: agrements.dateDecision,
      validFrom: agrements.validFrom,
      validTo: agrements.validTo,
      motif: agrements.motif,
      siret: centres.siret,
      regionCode: centres.regionCode,
      departementCode: centres.departementCode,
    })
    .from(agrements)
    .innerJoin(centres, eq(centres.id, agrements.centreId))
    .where(sql`${agrements.legacyRef} = ${anyOf(refs)}`);

  const [centreRows, versionRows, communeRows, agrementRows] = await Promise.all([
    tx
      .select({ id: centres.id, siret: centres.siret, raisonSociale: centres.raisonSociale, regionCode: centres.regionCode, departementCode: centres.departementCode })
      .from(centres)
      .where(sql`${centres.siret} = ${anyOf(sirets)}`),
    tx
      .select({ id: titreVersions.id, code: titres.code, dateVersion: titreVersions.dateVersion, finDeVie: titreVersions.finDeVie })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(sql`${titres.code} = ${anyOf(codes)}`)
      .orderBy(titreVersions.dateVersion, titreVersions.id),
    // Only communes of the départements CERES covers (métropole and DROM), with the région of their département:
    // a centre's région and département must exist in CERES.
    tx
      .select({
        code: communes.code,
        nom: communes.nom,
        kind: communes.kind,
        parentCode: communes.parentCode,
        departementCode: communes.departementCode,
        regionCode: departements.regionCode,
        postalCodes: communes.postalCodes,
        searchName: communes.searchName,
      })
      .from(communes)
      .innerJoin(departements, eq(departements.code, communes.departementCode))
      .where(and(isNull(communes.validTo), withPostalCode(postalCodes)))
      .orderBy(communes.code, communes.kind),
    lock ? agrementQuery.for("update", { of: agrements }) : agrementQuery,
  ]);

  // The commune a déléguée or an arrondissement belongs to may have none of the file's postal codes.
  const parents = [...new Set(communeRows.flatMap((c) => (c.kind !== "commune" && c.parentCode ? [c.parentCode] : [])))];
  const parentRows = parents.length
    ? await tx
        .select({
          code: communes.code,
          nom: communes.nom,
          kind: communes.kind,
          parentCode: communes.parentCode,
          departementCode: communes.departementCode,
          regionCode: departements.regionCode,
          postalCodes: sql<string[]>`'{}'::text[]`,
          searchName: communes.searchName,
        })
        .from(communes)
        .innerJoin(departements, eq(departements.code, communes.departementCode))
        .where(and(isNull(communes.validTo), eq(communes.kind, "commune"), sql`${communes.code} = ${anyOf(parents)}`))
    : [];

  const centreIds = centreRows.map((c) => c.id);
  const siteRows = centreIds.length
    ? await tx
        .select({ id: sites.id, centreId: sites.centreId, adresse: sites.adresse, communeCode: sites.communeCode })
        .from(sites)
        .where(sql`${sites.centreId} = any(${sql.param(centreIds)}::uuid[])`)
        .orderBy(sites.createdAt, sites.id)
    : [];
  const sitesByCentre = new Map<string, ExistingCentre["sites"]>();
  for (const { centreId, ...site } of siteRows) (sitesByCentre.get(centreId) ?? sitesByCentre.set(centreId, []).get(centreId)!).push(site);

  const versions = new Map<string, KnownVersion[]>();
  for (const { code, ...v } of versionRows) (versions.get(code) ?? versions.set(code, []).get(code)!).push(v);

  return {
    centres: new Map(centreRows.map((c) => [c.siret, { ...c, sites: sitesByCentre.get(c.id) ?? [] }])),
    versions,
    communes: indexCommunes([...communeRows, ...parentRows]),
    agrements: new Map(
      agrementRows.map(({ siret, regionCode, departementCode, legacyRef, ...a }): [string, ExistingAgrement] => [legacyRef!, { ...a, centre: { siret, regionCode, departementCode } }]),
    ),
    scope,
  };
}
