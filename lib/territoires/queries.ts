import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { communes, departements, regions } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { communeLabel, shownPostalCode } from "@/lib/communes/labels";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";
import { udName } from "./ud-name";

// Régions, départements and their UD communes are reference data: every signed-in role reads them.

export const departementListSpec = {
  sortable: ["code", "nom", "region", "udCommune"],
  defaultSort: "code",
  filters: ["q", "region"],
} as const satisfies ListSpec<string, string>;

export type DepartementListParams = ListParams<(typeof departementListSpec.sortable)[number], (typeof departementListSpec.filters)[number]>;

const columns = {
  code: departements.code,
  nom: departements.nom,
  regionCode: departements.regionCode,
  regionNom: regions.nom,
  udCommuneCode: departements.udCommuneCode,
  udCommuneNom: departements.udCommuneNom,
  version: departements.version,
};

const sortColumns: Record<DepartementListParams["sort"], SQL> = {
  // Numeric order, "2A" and "2B" in the place of "20".
  code: sql`(case ${departements.code} when '2A' then 20.1 when '2B' then 20.2 else ${departements.code}::numeric end)`,
  nom: sql`lower(immutable_unaccent(${departements.nom}))`,
  region: sql`lower(immutable_unaccent(${regions.nom}))`,
  udCommune: sql`lower(immutable_unaccent(coalesce(${departements.udCommuneNom}, '')))`,
};

function conditions(filters: DepartementListParams["filters"]): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    parts.push(
      sql`(${departements.code} ilike ${pattern} or immutable_unaccent(${departements.nom}) ilike immutable_unaccent(${pattern})
        or immutable_unaccent(coalesce(${departements.udCommuneNom}, '')) ilike immutable_unaccent(${pattern}))`,
    );
  }
  if (filters.region) parts.push(eq(departements.regionCode, filters.region));
  return parts.length ? and(...parts) : undefined;
}

const withUdName = <T extends { code: string; nom: string }>(row: T) => ({ ...row, udNom: udName(row.code, row.nom) });

export async function listDepartements(_user: CurrentUser, params: DepartementListParams, tx: DbOrTx = getDb()) {
  const where = conditions(params.filters);
  const order = params.dir === "asc" ? asc : desc;
  const [rows, [count]] = await Promise.all([
    tx
      .select(columns)
      .from(departements)
      .innerJoin(regions, eq(regions.code, departements.regionCode))
      .where(where)
      .orderBy(order(sortColumns[params.sort]), asc(departements.code))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx.select({ total: sql<number>`count(*)::int` }).from(departements).innerJoin(regions, eq(regions.code, departements.regionCode)).where(where),
  ]);
  return { rows: rows.map(withUdName), total: count?.total ?? 0 };
}

export type DepartementListRow = Awaited<ReturnType<typeof listDepartements>>["rows"][number];

/** The whole filtered list, for the CSV export (101 rows at most). */
export async function listDepartementsForExport(_user: CurrentUser, filters: DepartementListParams["filters"], tx: DbOrTx = getDb()) {
  const rows = await tx
    .select(columns)
    .from(departements)
    .innerJoin(regions, eq(regions.code, departements.regionCode))
    .where(conditions(filters))
    .orderBy(sortColumns.code);
  return rows.map(withUdName);
}

export async function listRegions(tx: DbOrTx = getDb()) {
  return tx.select({ code: regions.code, nom: regions.nom }).from(regions).orderBy(sql`lower(immutable_unaccent(${regions.nom}))`);
}

/** One département with its UD commune as the page shows it; null when the code does not exist. */
export async function getDepartement(_user: CurrentUser, code: string, tx: DbOrTx = getDb()) {
  if (!/^(\d{2}|2[AB]|97\d)$/.test(code)) return null;
  const [row] = await tx.select(columns).from(departements).innerJoin(regions, eq(regions.code, departements.regionCode)).where(eq(departements.code, code));
  if (!row) return null;
  const [commune] = row.udCommuneCode
    ? await tx
        .select({ code: communes.code, nom: communes.nom, postalCodes: communes.postalCodes, departementCode: communes.departementCode })
        .from(communes)
        .where(and(eq(communes.code, row.udCommuneCode), sql`${communes.validTo} is null`, eq(communes.kind, "commune")))
    : [];
  return {
    ...withUdName(row),
    udCommuneLabel: commune ? communeLabel(commune.nom, shownPostalCode(commune.postalCodes), row.nom) : row.udCommuneNom,
  };
}

export type DepartementDetail = NonNullable<Awaited<ReturnType<typeof getDepartement>>>;

export async function listDepartementHistory(user: CurrentUser, code: string, tx: DbOrTx = getDb()) {
  const departement = await getDepartement(user, code, tx);
  if (!departement) return null;
  return { departement, events: await listAuditEventsOfEntity("departement", code, tx) };
}
