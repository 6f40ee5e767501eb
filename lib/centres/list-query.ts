import "server-only";
import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agrements, centres, departements, regions, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";
import { type IsoDate, todayInParis } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";

export const centreListSpec = {
  sortable: ["raisonSociale", "siret", "commune", "departement", "type"],
  defaultSort: "raisonSociale",
  filters: ["q", "region", "departement", "type", "reseau", "validAgrementTitreId"],
} as const satisfies ListSpec<string, string>;

export type CentreListParams = ListParams<(typeof centreListSpec.sortable)[number], (typeof centreListSpec.filters)[number]>;

/** The `type` filter value for centres whose type is not recorded (shown "-"). */
export const TYPE_NON_RENSEIGNE = "non_renseigne";

// Whitelisted columns: the représentant's contact details stay on the centre page.
const listColumns = {
  id: centres.id,
  siret: centres.siret,
  raisonSociale: centres.raisonSociale,
  codePostal: centres.codePostal,
  communeNom: centres.communeNom,
  departementCode: centres.departementCode,
  departementNom: departements.nom,
  regionCode: centres.regionCode,
  regionNom: regions.nom,
  typeCentre: centres.typeCentre,
  reseaux: centres.reseaux,
};

const sortColumns: Record<CentreListParams["sort"], SQL> = {
  raisonSociale: sql`lower(${centres.raisonSociale})`,
  siret: sql`${centres.siret}`,
  commune: sql`lower(${centres.communeNom})`,
  departement: sql`${centres.departementCode}`,
  type: sql`coalesce(${centres.typeCentre}, '')`,
};

/**
 * "Has a valid agrément for this title" (any version, any site): accepted and today within its dates, as
 * the DOMAIN glossary defines valid. A semi-join from the agréments of the title's versions, which the
 * index agrements_version_idx (titre_version_id, statut, valid_from, valid_to) serves.
 */
function validAgrementFor(titreId: string, today: IsoDate): SQL {
  return sql`${centres.id} in (
    select ${agrements.centreId} from ${agrements}
    inner join ${titreVersions} on ${titreVersions.id} = ${agrements.titreVersionId}
    where ${titreVersions.titreId} = ${titreId}
      and ${agrements.statut} = 'acceptee'
      and ${agrements.validFrom} <= ${today}
      and (${agrements.validTo} is null or ${agrements.validTo} >= ${today}))`;
}

function filterConditions(user: CurrentUser, filters: CentreListParams["filters"], today: IsoDate): SQL {
  const conditions: SQL[] = [centreScope(user)];
  if (filters.q) {
    const digits = filters.q.replace(/\s/g, "");
    conditions.push(
      /^\d{3,14}$/.test(digits)
        ? sql`${centres.siret} like ${`${digits}%`}`
        : sql`immutable_unaccent(lower(${centres.raisonSociale})) like immutable_unaccent(lower(${likePattern(filters.q)}))`,
    );
  }
  if (filters.region) conditions.push(eq(centres.regionCode, filters.region));
  if (filters.departement) conditions.push(eq(centres.departementCode, filters.departement));
  if (filters.type) conditions.push(filters.type === TYPE_NON_RENSEIGNE ? isNull(centres.typeCentre) : eq(centres.typeCentre, filters.type));
  if (filters.reseau) conditions.push(sql`${centres.reseaux} @> array[${filters.reseau}]::text[]`);
  if (filters.validAgrementTitreId) {
    // A malformed id matches nothing rather than failing the whole page on a uuid cast.
    conditions.push(isUuid(filters.validAgrementTitreId) ? validAgrementFor(filters.validAgrementTitreId, today) : sql`false`);
  }
  return and(...conditions)!;
}

/**
 * One page of the centres a user may see (DOMAIN R9), filtered and sorted by the server, with the total
 * count of the filtered list. Ties are broken by id, so pages never overlap.
 */
export async function listCentresForUser(user: CurrentUser, params: CentreListParams, tx: DbOrTx = getDb(), today: IsoDate = todayInParis()) {
  const where = filterConditions(user, params.filters, today);
  const order = params.dir === "asc" ? asc : desc;
  const [rows, [count]] = await Promise.all([
    tx
      .select(listColumns)
      .from(centres)
      .innerJoin(regions, eq(regions.code, centres.regionCode))
      .innerJoin(departements, eq(departements.code, centres.departementCode))
      .where(where)
      .orderBy(order(sortColumns[params.sort]), asc(centres.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx.select({ total: sql<number>`count(*)::int` }).from(centres).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export type CentreListRow = Awaited<ReturnType<typeof listCentresForUser>>["rows"][number];
