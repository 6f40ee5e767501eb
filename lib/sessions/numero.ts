import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessionNumeros } from "@/db/schema";

/** "2027-30-00042": year of creation, département of the site, sequence of that year and département. */
export function formatSessionNumero(annee: number, departementCode: string, sequence: number): string {
  return `${annee}-${departementCode}-${String(sequence).padStart(5, "0")}`;
}

/**
 * The next number of a year and département, taken in the caller's transaction: the counter row is
 * created or incremented in one statement, so two creations at the same moment wait for each other and
 * never share a number; a creation that rolls back gives its number back.
 */
export async function allocateSessionNumero(tx: DbOrTx, annee: number, departementCode: string): Promise<string> {
  const [row] = await tx
    .insert(sessionNumeros)
    .values({ annee, departementCode, dernier: 1 })
    .onConflictDoUpdate({ target: [sessionNumeros.annee, sessionNumeros.departementCode], set: { dernier: sql`${sessionNumeros.dernier} + 1` } })
    .returning({ dernier: sessionNumeros.dernier });
  return formatSessionNumero(annee, departementCode, row!.dernier);
}
