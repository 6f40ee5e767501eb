import "server-only";
import type { IsoDate } from "@/lib/dates";
import { and, asc, eq, or, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { communes } from "@/db/schema";
import { describeCommunes, selectCommunes, type CommuneResult } from "./rows";

const CODE = /^(\d{5}|2[AB]\d{3})$/;

export type CommuneHistoryEntry = CommuneResult & { relation: "meme_code" | "predecesseur" | "successeur" };

/**
 * A commune row (by INSEE code and start of validity; by default the code's current commune) and its history:
 * every row of the same code, the communes that merged into it or gave it their code, and its successors.
 * Reference data: every signed-in role reads it. Null when the code is unknown.
 */
export async function getCommuneWithHistory(code: string, at: { validFrom?: IsoDate; kind?: string } = {}, tx: DbOrTx = getDb()) {
  if (!CODE.test(code)) return null;
  const own = await selectCommunes(tx).where(eq(communes.code, code)).orderBy(asc(communes.validFrom), asc(communes.kind));
  if (own.length === 0) return null;
  const successorCodes = [...new Set(own.flatMap((r) => r.successorCode?.split("|") ?? []))].filter((c) => c !== code && CODE.test(c));
  const others = await selectCommunes(tx)
    .where(
      or(
        // Rows that ended into this code (merged, became déléguées, code changed).
        sql`${code} = any(string_to_array(${communes.successorCode}, '|'))`,
        successorCodes.length ? and(sql`${communes.code} = any(${sql.param(successorCodes)}::text[])`, eq(communes.kind, "commune")) : sql`false`,
      ),
    )
    .orderBy(asc(communes.validFrom), asc(communes.code));
  const rows = [...own, ...others.filter((o) => o.code !== code)];
  // Each row's parent is named as it was while the row was valid.
  const described = await describeCommunes(tx, rows, { parentDate: (r) => (r.validTo ? r.validFrom : null) });
  const history: CommuneHistoryEntry[] = described.map((row) => ({
    ...row,
    relation: row.code === code ? "meme_code" : successorCodes.includes(row.code) ? "successeur" : "predecesseur",
  }));
  const sameCode = history.filter((h) => h.relation === "meme_code");
  const selected =
    (at.validFrom && sameCode.find((h) => h.validFrom === at.validFrom && h.kind === (at.kind ?? "commune"))) ||
    (at.validFrom && sameCode.find((h) => h.validFrom === at.validFrom)) ||
    sameCode.find((h) => h.validTo === null && h.kind === "commune") ||
    sameCode.find((h) => h.validTo === null) ||
    sameCode[sameCode.length - 1]!;
  return { selected, history };
}

export type CommuneWithHistory = NonNullable<Awaited<ReturnType<typeof getCommuneWithHistory>>>;
