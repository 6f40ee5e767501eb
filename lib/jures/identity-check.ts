import { and, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jures } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { jureScope } from "@/lib/auth/scope";
import { IDENTITE_EXISTANTE, IDENTITE_REFUSEE } from "./permissions";

type Identity = { nomNaissanceNormalise: string; prenomsNormalises: string; dateNaissance: string };

/**
 * Why this identity cannot be recorded, or null when it is free. One person is one juror nationally, but
 * a juror outside the agent's scope is none of their business: the refusal then says nothing of a record.
 */
export async function identityRefusal(tx: DbOrTx, user: CurrentUser, identity: Identity, exceptId?: string): Promise<string | null> {
  const [taken] = await tx
    .select({ visible: sql<boolean>`(${jureScope(user)})` })
    .from(jures)
    .where(
      and(
        eq(jures.nomNaissanceNormalise, identity.nomNaissanceNormalise),
        eq(jures.prenomsNormalises, identity.prenomsNormalises),
        eq(jures.dateNaissance, identity.dateNaissance),
        exceptId ? ne(jures.id, exceptId) : undefined,
      ),
    );
  if (!taken) return null;
  return taken.visible ? IDENTITE_EXISTANTE : IDENTITE_REFUSEE;
}
