import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { agrements, centreTypes, titreVersions } from "@/db/schema";
import type { R1Input } from "./can-create-session";

/** What canCreateSession needs besides the session's own date and site. */
export type R1Facts = Pick<R1Input, "agrements" | "types" | "finDeVie">;

/**
 * The facts of DOMAIN R1 for one centre and one title version: the centre's agréments for that version
 * (every site and state, so the refusal can say why), the centre's dated types, the version's fin de vie.
 * Null when the version does not exist. The caller has already checked the centre is in the user's scope.
 */
export async function loadR1Facts(centreId: string, titreVersionId: string, tx: DbOrTx = getDb()): Promise<R1Facts | null> {
  const [version, agrementRows, types] = await Promise.all([
    tx.select({ finDeVie: titreVersions.finDeVie }).from(titreVersions).where(eq(titreVersions.id, titreVersionId)),
    tx
      .select({ id: agrements.id, statut: agrements.statut, siteId: agrements.siteId, validFrom: agrements.validFrom, validTo: agrements.validTo })
      .from(agrements)
      .where(and(eq(agrements.centreId, centreId), eq(agrements.titreVersionId, titreVersionId)))
      .orderBy(asc(agrements.validFrom), asc(agrements.id)),
    tx
      .select({ typeCentre: centreTypes.typeCentre, validFrom: centreTypes.validFrom })
      .from(centreTypes)
      .where(eq(centreTypes.centreId, centreId))
      .orderBy(asc(centreTypes.validFrom), asc(centreTypes.recordedAt)),
  ]);
  if (!version[0]) return null;
  return { finDeVie: version[0].finDeVie, agrements: agrementRows, types };
}
