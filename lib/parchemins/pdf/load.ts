import { and, eq, inArray, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db/client";
import { inscriptions, parchemins } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { getSessionForUser } from "@/lib/sessions/load";
import { loadParcheminsImprimes } from "../imprime";
import { canPrintParchemins, parcheminScope } from "../scope";
import type { ParcheminAImprimer } from "./render";

/** The last recorded print of each parchemin: a duplicata unless it is the original. */
async function lastPrints(db: DbOrTx, ids: string[]): Promise<Map<string, boolean>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ parchemin_id: string; motif: string }>(
    await db.execute(sql`select distinct on (parchemin_id) parchemin_id, motif from parchemin_impressions
      where parchemin_id = any(${sql.param(ids)}::uuid[]) order by parchemin_id, imprime_at desc, id desc`),
  );
  return new Map(rows.map((r) => [r.parchemin_id, r.motif !== "original"]));
}

/**
 * What the PDF of one parchemin prints: its last recorded print (the GET renders what the POST recorded).
 * Null — hence 404 — out of scope, for a centre, annulled, or never printed: rendering is never the way to
 * print without an event.
 */
export async function loadParcheminAImprimer(db: DbOrTx, user: CurrentUser, id: string): Promise<ParcheminAImprimer | null> {
  if (!canPrintParchemins(user) || !isUuid(id)) return null;
  const [parchemin] = await loadParcheminsImprimes(db, and(eq(parchemins.id, id), eq(parchemins.statut, "valide"), parcheminScope(user)));
  if (!parchemin?.numero) return null;
  const duplicata = (await lastPrints(db, [parchemin.id])).get(parchemin.id);
  return duplicata === undefined ? null : { parchemin, duplicata };
}

/**
 * The batch of a validated session: every live parchemin already printed, as its last print says, in the
 * order of names. Null out of scope, for a centre, or when the session is not validated.
 */
export async function loadParcheminsSessionAImprimer(db: DbOrTx, user: CurrentUser, sessionId: string): Promise<{ numero: string; items: ParcheminAImprimer[] } | null> {
  if (!canPrintParchemins(user)) return null;
  const session = await getSessionForUser(user, sessionId, db);
  if (!session || session.statut !== "validee") return null;
  const ids = db
    .select({ id: inscriptions.id })
    .from(inscriptions)
    .where(eq(inscriptions.sessionId, session.id));
  const all = await loadParcheminsImprimes(db, and(inArray(parchemins.inscriptionId, ids), eq(parchemins.statut, "valide")));
  const prints = await lastPrints(db, all.map((p) => p.id));
  const items = all.filter((p) => p.numero && prints.has(p.id)).map((parchemin) => ({ parchemin, duplicata: prints.get(parchemin.id)! }));
  return { numero: session.numero, items };
}
