import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { nsfCodes } from "@/db/schema";
import { likePattern, type ListParams, type ListSpec } from "@/lib/table/list-params";
import { nsfNiveauLabels } from "./labels";

export { nsfNiveauLabels };

export const nsfListSpec = {
  sortable: ["code", "libelle", "niveau"],
  defaultSort: "code",
  filters: ["q", "niveau"],
} as const satisfies ListSpec<string, string>;

export type NsfListParams = ListParams<(typeof nsfListSpec.sortable)[number], (typeof nsfListSpec.filters)[number]>;

const columns = { code: nsfCodes.code, libelle: nsfCodes.libelle, niveau: nsfCodes.niveau, parentCode: nsfCodes.parentCode };

const sortColumns: Record<NsfListParams["sort"], SQL> = {
  // Numbers first (1, 2, 31, 330, 330t), then the letters alone: one expression, so that "desc" reverses it all.
  code: sql`(case when ${nsfCodes.code} ~ '^[0-9]' then lpad(substring(${nsfCodes.code} from '^[0-9]+'), 3, '0') || substring(${nsfCodes.code} from '[^0-9]*$') else 'zz' || ${nsfCodes.code} end)`,
  libelle: sql`lower(immutable_unaccent(${nsfCodes.libelle}))`,
  niveau: sql`${nsfCodes.niveau}`,
};

function conditions(filters: NsfListParams["filters"]): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.q) {
    const pattern = likePattern(filters.q.replace(/\s+/g, " "));
    const code = likePattern(filters.q.replace(/\s+/g, ""));
    parts.push(sql`(${nsfCodes.code} ilike ${code} or immutable_unaccent(${nsfCodes.libelle}) ilike immutable_unaccent(${pattern}))`);
  }
  if (filters.niveau && filters.niveau in nsfNiveauLabels) parts.push(eq(nsfCodes.niveau, filters.niveau));
  return parts.length ? and(...parts) : undefined;
}

/** The NSF nomenclature is reference data read by every signed-in role. */
export async function listNsf(params: NsfListParams, tx: DbOrTx = getDb()) {
  const where = conditions(params.filters);
  const order = params.dir === "asc" ? asc : desc;
  const [rows, [count]] = await Promise.all([
    tx
      .select(columns)
      .from(nsfCodes)
      .where(where)
      .orderBy(order(sortColumns[params.sort]), asc(nsfCodes.code))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    tx.select({ total: sql<number>`count(*)::int` }).from(nsfCodes).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export type NsfListRow = Awaited<ReturnType<typeof listNsf>>["rows"][number];

/** The whole filtered nomenclature (about 500 rows), for the CSV export. */
export async function listNsfForExport(filters: NsfListParams["filters"], tx: DbOrTx = getDb()) {
  return tx.select(columns).from(nsfCodes).where(conditions(filters)).orderBy(sortColumns.code);
}
