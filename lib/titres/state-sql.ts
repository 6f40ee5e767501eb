import type { IsoDate } from "@/lib/dates";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { VersionState } from "./version-state";

/**
 * `versionStateOn` written in SQL, so that lists filter and sort on the state without loading every row.
 * Both must agree on every day (tests/integration/titres-queries.test.ts compares them on the boundary
 * days): PostgreSQL's `date + interval 'n months'` clamps to the end of the month as date-fns does.
 */
export function versionStateSql(finDeVie: AnyColumn | SQL, today: IsoDate, prolongationMonths: number): SQL<VersionState> {
  return sql<VersionState>`case
    when ${finDeVie} is null or ${today}::date <= ${finDeVie} then 'en_vigueur'
    when ${prolongationMonths}::int > 0 and ${today}::date <= (${finDeVie} + make_interval(months => ${prolongationMonths}::int))::date then 'en_prolongation'
    else 'expire' end`;
}

/** Order of the states in a sorted list: in force, then in prolongation, then expired. */
export function versionStateRankSql(state: SQL<VersionState | null>): SQL<number | null> {
  return sql<number | null>`case ${state} when 'en_vigueur' then 1 when 'en_prolongation' then 2 when 'expire' then 3 end`;
}
