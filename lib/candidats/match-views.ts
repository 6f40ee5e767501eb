import { and, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { candidatScope } from "@/lib/auth/scope";
import { raisonsLibelles } from "./matching/score";
import type { CandidatMatch, MatchResult } from "./matching/find-matches";
import { identiteMasquee, mentionNaissance, nomComplet } from "./display";

/**
 * A record found by the R5 check, as this user may see it: the full identity when the record is in the
 * user's scope, otherwise masked ("MARTIN S***, née le 12/03/1990 à Nîmes") — a centre learns nothing more
 * of a stranger, and may only register that person into one of its sessions.
 */
export type MatchView = { id: string; score: number; raisons: string[]; masque: boolean; identite: string };

export type MatchViews = { exact: MatchView | null; proches: MatchView[] };

export async function toMatchViews(tx: DbOrTx, user: CurrentUser, result: MatchResult): Promise<MatchViews> {
  const all = [...(result.exact ? [result.exact] : []), ...result.proches];
  const visible = new Set<string>();
  if (all.length) {
    const rows = await tx
      .select({ id: candidats.id })
      .from(candidats)
      .where(and(inArray(candidats.id, all.map((m) => m.id)), candidatScope(user)));
    for (const r of rows) visible.add(r.id);
  }
  const view = (m: CandidatMatch): MatchView => {
    const masque = !visible.has(m.id);
    return {
      id: m.id,
      score: Math.round(m.score * 100) / 100,
      raisons: raisonsLibelles(m.raisons),
      masque,
      identite: masque ? identiteMasquee(m) : `${nomComplet(m)}, ${mentionNaissance(m)}`,
    };
  };
  return { exact: result.exact ? view(result.exact) : null, proches: result.proches.map(view) };
}
