import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agrements, centres, communes, departements, sites, titres, titreVersions } from "@/db/schema";
import { checkSiret } from "@/lib/centres/siret";
import type { ValceLine } from "./parse";
import type { ExistingAgrement, ExistingCentre, ImportScope, KnownVersion, ValceContext } from "./plan";
import { indexCommunes, type CommuneCandidate } from "./resolve-commune";

/** One array parameter instead of one parameter per value: a 20,000-line file stays one short statement. */
const anyOf = (values: string[]) => sql`any(${sql.param(values)}::text[])`;

const communeColumns = {
  code: communes.code,
  nom: communes.nom,
  kind: communes.kind,
  parentCode: communes.parentCode,
  departementCode: communes.departementCode,
  regionCode: departements.regionCode,
  postalCodes: communes.postalCodes,
  searchName: communes.searchName,
};

/**
 * Current communes having one of the postal codes, and the communes that their déléguées and arrondissements
 * belong to (which may have none of these codes). Only the départements CERES covers (métropole and DROM),
 * with the région of their département: a centre's région and département must exist in CERES.
 * A few codes: `&&` on the GIN index of postal_codes. Hundreds (a national export): `&&` compares every
 * commune with every code (seconds for 4,000 codes) and the join alternatives depend on table statistics
 * that PGlite never computes, so every current commune is read (≈38,000 short rows) and filtered here.
 */
async function loadCommunes(tx: DbOrTx, postalCodes: string[]): Promise<CommuneCandidate[]> {
  const current = (condition?: SQL) =>
    tx
      .select(communeColumns)
      .from(communes)
      .innerJoin(departements, eq(departements.code, communes.departementCode))
      .where(and(isNull(communes.validTo), condition))
      .orderBy(communes.code, communes.kind);
  const few = postalCodes.length <= 200;
  const rows = await current(few ? sql`${communes.postalCodes} && ${sql.param(postalCodes)}::text[]` : undefined);
  const wanted = new Set(postalCodes);
  const found = few ? rows : rows.filter((c) => c.postalCodes.some((cp) => wanted.has(cp)));
  const known = new Set(found.filter((c) => c.kind === "commune").map((c) => c.code));
  const parents = new Set(found.flatMap((c) => (c.kind !== "commune" && c.parentCode && !known.has(c.parentCode) ? [c.parentCode] : [])));
  if (parents.size === 0) return found;
  const parentRows = few ? await current(and(eq(communes.kind, "commune"), sql`${communes.code} = ${anyOf([...parents])}`)) : rows.filter((c) => c.kind === "commune" && parents.has(c.code));
  return [...found, ...parentRows.map((c) => ({ ...c, postalCodes: [] }))];
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
    loadCommunes(tx, postalCodes),
    lock ? agrementQuery.for("update", { of: agrements }) : agrementQuery,
  ]);

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
    communes: indexCommunes(communeRows),
    agrements: new Map(
      agrementRows.map(({ siret, regionCode, departementCode, legacyRef, ...a }): [string, ExistingAgrement] => [legacyRef!, { ...a, centre: { siret, regionCode, departementCode } }]),
    ),
    scope,
  };
}
