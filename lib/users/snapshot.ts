import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";

/** What the audit trail records of an account: never the password hash. */
export async function loadAccountSnapshot(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({
      email: users.email,
      prenom: users.prenom,
      nom: users.nom,
      role: users.role,
      regionCode: users.regionCode,
      departementCode: users.departementCode,
      centreId: users.centreId,
      active: users.active,
      version: users.version,
    })
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  return row ?? null;
}

export type AccountSnapshot = NonNullable<Awaited<ReturnType<typeof loadAccountSnapshot>>>;
