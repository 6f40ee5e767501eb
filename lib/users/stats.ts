import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { signInFailures, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { userAccountScope } from "@/lib/auth/scope";

/** Account counts for the national dashboard. */
export async function countUsersForUser(user: CurrentUser, tx: DbOrTx = getDb()) {
  const [row] = await tx
    .select({
      total: sql<number>`count(*)::int`,
      actifs: sql<number>`count(*) filter (where ${users.active})::int`,
      verrouilles: sql<number>`count(*) filter (where exists (select 1 from ${signInFailures} where ${signInFailures.userId} = ${users.id} and ${signInFailures.lockedUntil} > now()))::int`,
    })
    .from(users)
    .where(userAccountScope(user));
  return row ?? { total: 0, actifs: 0, verrouilles: 0 };
}
