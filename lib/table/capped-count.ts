import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";

/**
 * How many rows of `table` match `where`, counting no further than `cap`: a national list without a filter
 * would otherwise count every row on each page, which costs more than the page. Past the cap, `total` is the
 * cap and `totalIsLowerBound` says so (the list reads « plus de 10 000 », its pager stops at the cap).
 */
export async function countCapped(tx: DbOrTx, table: PgTable, where: SQL | undefined, cap: number): Promise<{ total: number; totalIsLowerBound: boolean }> {
  const [row] = await tx.select({ total: sql<number>`count(*)::int` }).from(tx.select({ one: sql`1`.as("one") }).from(table).where(where).limit(cap + 1).as("capped"));
  const counted = row?.total ?? 0;
  return { total: Math.min(counted, cap), totalIsLowerBound: counted > cap };
}

/** The limit and offset of a list's page (pages count from 1). */
export function pageWindow(params: { page: number; pageSize: number }): { limit: number; offset: number } {
  return { limit: params.pageSize, offset: (params.page - 1) * params.pageSize };
}
