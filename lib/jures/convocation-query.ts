import "server-only";
import type { IsoDate } from "@/lib/dates";
import { sql, type SQL } from "drizzle-orm";
import { getDb, rowsOf, type DbOrTx } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { jureScope } from "@/lib/auth/scope";
import { assertNever } from "@/lib/result";
import type { ListParams, ListSpec } from "@/lib/table/list-params";
import { normalizeName } from "@/lib/text/normalize";
import { mayListConvocation } from "./convocation-access";
import { finHabilitationSql, liensActifsSql, raisonsSql, ruleCtes, type ConvocationCriteria } from "./convocation-sql";
import type { IneligibilityReason } from "./eligibility";

export type { ConvocationCriteria } from "./convocation-sql";

export const convocationListSpec = {
  sortable: ["nom", "commune"],
  defaultSort: "nom",
  filters: ["departement", "q"],
} as const satisfies ListSpec<string, string>;

export type ConvocationListParams = ListParams<(typeof convocationListSpec.sortable)[number], (typeof convocationListSpec.filters)[number]>;
export type ConvocationView = Pick<ConvocationListParams, "sort" | "dir" | "filters">;

export type ConvocationRow = {
  id: string;
  civilite: string;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  eligible: boolean;
  raisons: IneligibilityReason[];
  liensActifs: string[];
  communeNom: string | null;
  departementCode: string | null;
  email: string | null;
  telephone: string | null;
  finHabilitation: IsoDate | null;
  /** Agents only: the key is absent from a centre user's rows. */
  dateNaissance?: IsoDate;
};

const nomKeys = [sql`lower(coalesce(jures.nom_usage, jures.nom_naissance))`, sql`lower(jures.prenoms)`];
const sortKeys: Record<ConvocationListParams["sort"], SQL[]> = {
  nom: nomKeys,
  commune: [sql`lower(jures.residence_commune_nom)`, ...nomKeys],
};

/** Every key in the chosen direction, the id last to break ties (jures_tri_idx serves the name order both ways). */
function order(view: ConvocationView): SQL {
  const direction = view.dir === "desc" ? sql`desc` : sql`asc`;
  return sql.join([...sortKeys[view.sort], sql`jures.id`].map((key) => sql`${key} ${direction}`), sql`, `);
}

/**
 * Membership of a juror in one of the rule's sets. Kept inside coalesce() on purpose: PostgreSQL then checks
 * it against a hash of the set while it walks jurors in name order (jures_tri_idx) and stops at the end of
 * the page, instead of joining every candidate to jures and sorting them all.
 */
const member = (set: "eligibles" | "candidats" | "liens") => sql`coalesce(jures.id in (select jure_id from ${sql.raw(set)}), false)`;

type Where = { eligibles: SQL; autres: SQL; needsJures: boolean; page: (view: ConvocationView, end: number) => SQL };

/** Above this size, a set is read by walking jurors in name order; below, jurors are fetched from the set. */
const LARGE_SET = 500;

/**
 * Who is listed: agents, the jurors of their scope; a centre, the eligible jurors, and the ineligible ones
 * only when linked to the centre itself (its own staff: the link explains why they are absent).
 */
function conditions(user: CurrentUser, filters: ConvocationView["filters"], largeSet: number): Where {
  const common: SQL[] = user.role === "regional" ? [jureScope(user)] : [];
  if (filters.departement) common.push(sql`jures.residence_departement_code = ${filters.departement}`);
  const q = filters.q ? normalizeName(filters.q) : "";
  if (q) common.push(sql`jures.nom_recherche like ${`%${q}%`}`);
  const and = (...parts: SQL[]) => (parts.length + common.length ? sql.join([...parts, ...common], sql` and `) : sql`true`);
  const autres = [member("candidats"), sql`not ${member("eligibles")}`, ...(user.role === "centre" ? [member("liens")] : [])];

  // Each half of the page is written twice, and the size of its set (known once the CTE is computed)
  // switches one of them off: one SQL statement whose plan fits both a popular title and a rare one.
  // Walk: jurors in name order, each checked against the set. Drive: the set's few jurors fetched by id.
  const half = (eligible: boolean, gate: "eligibles" | "candidats" | null, walk: SQL, ids: SQL) => (view: ConvocationView, end: number) => {
    const flag = sql.raw(String(eligible));
    const tail = sql`order by ${order(view)} limit ${end}`;
    const drive = sql`select jures.id, ${flag} as eligible from (${ids}) ids join jures on jures.id = ids.jure_id where ${and()}`;
    if (!gate) return sql`(${drive} ${tail})`;
    const size = sql`(select ${sql.raw(gate)} from tailles)`;
    return sql`(select jures.id, ${flag} as eligible from jures where ${walk} and ${size} > ${largeSet} ${tail}) union all (${drive} and ${size} <= ${largeSet} ${tail})`;
  };
  const notEligible = sql`not coalesce(jure_id in (select jure_id from eligibles), false)`;
  const eligibles = half(true, "eligibles", and(member("eligibles")), sql`select jure_id from eligibles`);
  const autresHalf =
    user.role === "centre"
      ? half(false, null, sql``, sql`select distinct jure_id from liens where coalesce(jure_id in (select jure_id from candidats), false) and ${notEligible}`)
      : half(false, "candidats", and(...autres), sql`select jure_id from candidats where ${notEligible}`);
  return {
    eligibles: and(member("eligibles")),
    autres: and(...autres),
    needsJures: common.length > 0,
    page: (view, end) => sql`${eligibles(view, end)} union all ${autresHalf(view, end)}`,
  };
}

/**
 * Counts straight from the rule's sets when no juror column is filtered on (eligibles ⊆ candidats, since an
 * eligible juror holds a period of the version), through jures otherwise.
 */
function counts(user: CurrentUser, where: Where): SQL {
  if (where.needsJures) {
    return sql`select (select count(*) from jures where ${where.eligibles})::int as eligibles, (select count(*) from jures where ${where.autres})::int as autres`;
  }
  if (user.role === "centre") {
    return sql`select (select eligibles from tailles)::int as eligibles, (select count(distinct jure_id) from liens
      where coalesce(jure_id in (select jure_id from candidats), false) and not coalesce(jure_id in (select jure_id from eligibles), false))::int as autres`;
  }
  return sql`select tailles.eligibles::int as eligibles, (tailles.candidats - tailles.eligibles)::int as autres from tailles`;
}

/**
 * The columns each role receives. Centre users never receive birth data, and get the residence and
 * contact details of eligible jurors only: the masking is here, in the query, not in the page.
 */
function columns(user: CurrentUser): SQL {
  const common = sql`jures.id, jures.civilite, jures.nom_naissance as "nomNaissance", jures.nom_usage as "nomUsage", jures.prenoms,
    page.eligible, ${raisonsSql} as raisons, ${liensActifsSql} as "liensActifs"`;
  switch (user.role) {
    case "national":
    case "regional":
      return sql`${common}, jures.date_naissance::text as "dateNaissance", jures.residence_commune_nom as "communeNom",
        jures.residence_departement_code as "departementCode", jures.email, jures.telephone, ${finHabilitationSql}::text as "finHabilitation"`;
    case "centre":
      return sql`${common},
        case when page.eligible then jures.residence_commune_nom end as "communeNom",
        case when page.eligible then jures.residence_departement_code end as "departementCode",
        case when page.eligible then jures.email end as email,
        case when page.eligible then jures.telephone end as telephone,
        case when page.eligible then ${finHabilitationSql}::text end as "finHabilitation"`;
    default:
      return assertNever(user);
  }
}

function convocationStatement(user: CurrentUser, criteria: ConvocationCriteria, view: ConvocationView, offset: number, limit: number): SQL {
  const largeSet = criteria.largeSet ?? LARGE_SET;
  const where = conditions(user, view.filters, Number.isFinite(largeSet) ? largeSet : Number.MAX_SAFE_INTEGER);
  const end = offset + limit;
  return sql`with ${ruleCtes(criteria)},
    tailles as (select (select count(*) from eligibles) as eligibles, (select count(*) from candidats) as candidats),
    page as (${where.page(view, end)}),
    totaux as (${counts(user, where)})
    select totaux.eligibles, totaux.autres, lignes.* from totaux left join lateral (
      select ${columns(user)}, row_number() over (order by page.eligible desc, ${order(view)}) as rang
      from page join jures on jures.id = page.id
      order by page.eligible desc, ${order(view)} offset ${offset} limit ${limit}
    ) lignes on true
    order by lignes.rang`;
}

function toRow(raw: Record<string, unknown>): ConvocationRow {
  const { eligibles: _e, autres: _a, rang: _r, ...row } = raw;
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === "string" ? v.replace(/^\{|\}$/g, "").split(",").filter(Boolean) : []);
  return { ...(row as ConvocationRow), raisons: list(row.raisons) as IneligibilityReason[], liensActifs: list(row.liensActifs) };
}

/**
 * One page of the list of jurors to convene, eligible first, and the counts of the whole filtered list;
 * null (the page answers 404) when the user may not see this list (mayListConvocation).
 */
export async function queryConvocationList(user: CurrentUser, criteria: ConvocationCriteria, params: ConvocationListParams, tx: DbOrTx = getDb()) {
  if (!(await mayListConvocation(user, criteria, tx))) return null;
  const raw = rowsOf<Record<string, unknown>>(await tx.execute(convocationStatement(user, criteria, params, (params.page - 1) * params.pageSize, params.pageSize)));
  const eligibles = Number(raw[0]?.eligibles ?? 0);
  const autres = Number(raw[0]?.autres ?? 0);
  return { rows: raw.filter((r) => r.id !== null && r.id !== undefined).map(toRow), total: eligibles + autres, eligibles };
}

/**
 * The whole filtered list, in the order of the page, batch after batch, for the CSV export. Callers check
 * mayListConvocation first (exportConvocationList does, and audits): iterating without it is a bug.
 */
export async function* iterateConvocationList(user: CurrentUser, criteria: ConvocationCriteria, view: ConvocationView, batchSize = 2000, tx: DbOrTx = getDb()): AsyncGenerator<ConvocationRow[]> {
  if (!(await mayListConvocation(user, criteria, tx))) throw new Error("Liste des jurés à convoquer demandée sans droit d'y accéder.");
  for (let offset = 0; ; offset += batchSize) {
    const rows = rowsOf<Record<string, unknown>>(await tx.execute(convocationStatement(user, criteria, view, offset, batchSize)))
      .filter((r) => r.id !== null && r.id !== undefined)
      .map(toRow);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}
