import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db/client";

/** A row as PostgreSQL itself prints it (to_jsonb): the exact values, microseconds and all, that the undo puts back. */
export type RowJson = Record<string, unknown> & { id: string };

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** The rows of `table` whose `column` equals `value`, as JSON, in id order. Table names come from references.ts only. */
export async function rowsReferencing(tx: DbOrTx, table: string, column: string, value: string): Promise<RowJson[]> {
  const result = await tx.execute(sql`select to_jsonb(t) as row from ${ident(table)} t where t.${ident(column)} = ${value} order by t.id`);
  return rowsOf<{ row: RowJson }>(result).map((r) => r.row);
}

export async function rowById(tx: DbOrTx, table: string, id: string): Promise<RowJson | null> {
  const result = await tx.execute(sql`select to_jsonb(t) as row from ${ident(table)} t where t.id = ${id}`);
  return rowsOf<{ row: RowJson }>(result)[0]?.row ?? null;
}

async function columnsOf(tx: DbOrTx, table: string): Promise<string[]> {
  const result = await tx.execute(
    sql`select attname from pg_attribute where attrelid = ${`public.${table}`}::regclass and attnum > 0 and not attisdropped order by attnum`,
  );
  return rowsOf<{ attname: string }>(result).map((r) => r.attname);
}

/** Writes every column of a row back from its JSON (jsonb_populate_record parses each value with its column type). */
export async function restoreRow(tx: DbOrTx, table: string, row: RowJson): Promise<void> {
  const columns = (await columnsOf(tx, table)).filter((c) => c !== "id");
  const list = sql.raw(columns.map((c) => `"${c}"`).join(", "));
  await tx.execute(
    sql`update ${ident(table)} set (${list}) = (select ${list} from jsonb_populate_record(null::${ident(table)}, ${JSON.stringify(row)}::jsonb)) where id = ${row.id}`,
  );
}

/** Sets `column` of one row (a move to the survivor), nothing else. */
export async function setReference(tx: DbOrTx, table: string, column: string, id: string, value: string): Promise<void> {
  await tx.execute(sql`update ${ident(table)} set ${ident(column)} = ${value} where id = ${id}`);
}

/** Same JSON, key order aside. */
export function sameRow(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
