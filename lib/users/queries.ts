import "server-only";
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { centres, departements, regions, signInFailures, users, userRoles, type UserRole } from "@/db/schema";
import { listAuditEventsOfEntity } from "@/lib/audit/queries";
import type { CurrentUser } from "@/lib/auth/current-user";
import { userAccountScope } from "@/lib/auth/scope";
import { isUuid } from "@/lib/ids";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";

export const userListSpec = {
  sortable: ["nom", "email", "role", "perimetre", "statut", "derniereConnexion"],
  defaultSort: "nom",
  filters: ["q", "role", "statut", "region"],
} as const satisfies ListSpec<string, string>;

export type UserListParams = ListParams<(typeof userListSpec.sortable)[number], (typeof userListSpec.filters)[number]>;

// Whitelisted columns: the password hash and lockout counters never leave this module.
const listColumns = {
  id: users.id,
  email: users.email,
  prenom: users.prenom,
  nom: users.nom,
  role: users.role,
  active: users.active,
  regionCode: users.regionCode,
  regionNom: regions.nom,
  departementCode: users.departementCode,
  departementNom: departements.nom,
  centreId: users.centreId,
  centreNom: centres.raisonSociale,
  centreSiret: centres.siret,
  lastLoginAt: users.lastLoginAt,
  // The latest lock still running on this account, from whichever address (see lib/auth/lockout.ts).
  lockedUntil: sql<Date | null>`(select max(${signInFailures.lockedUntil}) from ${signInFailures} where ${signInFailures.userId} = ${users.id} and ${signInFailures.lockedUntil} > now())`.mapWith(signInFailures.lockedUntil),
  // Whether a ProConnect identity is bound; the subject itself stays in the database and the history.
  proConnectLie: sql<boolean>`${users.oidcSubject} is not null`.mapWith(Boolean),
  version: users.version,
};

const perimetre = sql`coalesce(${centres.raisonSociale}, ${departements.nom}, ${regions.nom}, '')`;

const sortColumns: Record<UserListParams["sort"], SQL | typeof users.email> = {
  nom: sql`lower(${users.nom} || ' ' || ${users.prenom})`,
  email: users.email,
  role: sql`${users.role}::text`,
  perimetre,
  statut: sql`${users.active}`,
  derniereConnexion: sql`${users.lastLoginAt}`,
};

function filterConditions(user: CurrentUser, filters: UserListParams["filters"]): SQL {
  const conditions: (SQL | undefined)[] = [userAccountScope(user)];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(
      or(
        sql`immutable_unaccent(${users.nom} || ' ' || ${users.prenom}) ilike immutable_unaccent(${pattern})`,
        sql`immutable_unaccent(${users.prenom} || ' ' || ${users.nom}) ilike immutable_unaccent(${pattern})`,
        ilike(users.email, pattern),
      ),
    );
  }
  if (filters.role && (userRoles as readonly string[]).includes(filters.role)) {
    conditions.push(eq(users.role, filters.role as UserRole));
  }
  if (filters.statut === "actif") conditions.push(eq(users.active, true));
  if (filters.statut === "inactif") conditions.push(eq(users.active, false));
  if (filters.region) conditions.push(eq(users.regionCode, filters.region));
  return and(...conditions)!;
}

function baseQuery(tx: DbOrTx) {
  return tx
    .select(listColumns)
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(departements, eq(departements.code, users.departementCode))
    .leftJoin(centres, eq(centres.id, users.centreId));
}

export async function listUsersForUser(user: CurrentUser, params: UserListParams, tx: DbOrTx = getDb()) {
  const where = filterConditions(user, params.filters);
  const order = params.dir === "asc" ? asc : desc;
  const [rows, [count]] = await Promise.all([
    baseQuery(tx)
      .where(where)
      .orderBy(order(sortColumns[params.sort]), asc(users.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .leftJoin(regions, eq(regions.code, users.regionCode))
      .leftJoin(departements, eq(departements.code, users.departementCode))
      .leftJoin(centres, eq(centres.id, users.centreId))
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export type UserListRow = Awaited<ReturnType<typeof listUsersForUser>>["rows"][number];

/** Every user of the filtered list, page by page (keyset on id), for the CSV export. */
export async function* iterateUsersForExport(
  user: CurrentUser,
  filters: UserListParams["filters"],
  batchSize = 1000,
  tx: DbOrTx = getDb(),
): AsyncGenerator<UserListRow[]> {
  let after: string | null = null;
  for (;;) {
    const where: SQL = after ? and(filterConditions(user, filters), sql`${users.id} > ${after}`)! : filterConditions(user, filters);
    const rows = await baseQuery(tx).where(where).orderBy(asc(users.id)).limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** One account as the administration page shows it; null when it does not exist for this user. */
export async function getUserForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  if (!isUuid(id)) return null;
  const [row] = await baseQuery(tx).where(and(userAccountScope(user), eq(users.id, id)));
  return row ?? null;
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserForUser>>>;

export async function listUserHistoryForUser(user: CurrentUser, id: string, tx: DbOrTx = getDb()) {
  const account = await getUserForUser(user, id, tx);
  if (!account) return null;
  return { account, events: await listAuditEventsOfEntity("user", id, tx) };
}

/** Régions and départements for the scope fields of the form. */
export async function listTerritoryOptions(tx: DbOrTx = getDb()) {
  const [regionRows, departementRows] = await Promise.all([
    tx.select({ code: regions.code, nom: regions.nom }).from(regions).orderBy(asc(regions.nom)),
    tx
      .select({ code: departements.code, nom: departements.nom, regionCode: departements.regionCode })
      .from(departements)
      .orderBy(asc(departements.code)),
  ]);
  return { regions: regionRows, departements: departementRows };
}

export type TerritoryOptions = Awaited<ReturnType<typeof listTerritoryOptions>>;
