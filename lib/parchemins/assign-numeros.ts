import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { generateParcheminNumero } from "./numero";

const MAX_ATTEMPTS = 5;

/**
 * Gives a number to each parchemin of `ids` that has none yet, inside the caller's transaction (the
 * validating one, or a first reprint). Numbers already taken are drawn again before writing; a collision with
 * a transaction that committed in between fails the unique constraint inside a savepoint, and the batch is
 * drawn again. Returns the number of every parchemin asked for (existing numbers are kept: never renumbered).
 */
export async function assignParcheminNumeros(tx: Tx, ids: readonly string[], generate: () => string = generateParcheminNumero): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  for (let attempt = 1; ; attempt++) {
    const drawn = new Set<string>();
    while (drawn.size < ids.length) drawn.add(generate());
    const candidates = [...drawn];
    const taken = await tx.execute(sql`select numero from parchemins where numero = any(${sql.param(candidates)}::text[])`);
    const takenSet = new Set(rowsOf<{ numero: string }>(taken).map((row) => row.numero));
    if (takenSet.size > 0 && attempt < MAX_ATTEMPTS) continue;
    if (takenSet.size > 0) throw new Error("Impossible de tirer des numéros de parchemin libres.");
    try {
      await tx.transaction(async (savepoint) => {
        await savepoint.execute(sql`
          update parchemins p set numero = v.numero, version = p.version + 1
          from unnest(${sql.param([...ids])}::uuid[], ${sql.param(candidates)}::text[]) as v(id, numero)
          where p.id = v.id and p.numero is null`);
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
    const rows = await tx.execute(sql`select id, numero from parchemins where id = any(${sql.param([...ids])}::uuid[])`);
    return new Map(rowsOf<{ id: string; numero: string }>(rows).map((row) => [row.id, row.numero]));
  }
}
