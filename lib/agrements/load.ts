import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agrements, centres, titreVersions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";

/** An agrément of a centre in the user's scope, locked for a decision; null otherwise (→ introuvable). */
export async function loadAgrementForUpdate(tx: DbOrTx, user: CurrentUser, id: string) {
  const [row] = await tx
    .select({
      id: agrements.id,
      statut: agrements.statut,
      version: agrements.version,
      validFrom: agrements.validFrom,
      validTo: agrements.validTo,
      dateDecision: agrements.dateDecision,
      motif: agrements.motif,
      finDeVie: titreVersions.finDeVie,
    })
    .from(agrements)
    .innerJoin(centres, eq(centres.id, agrements.centreId))
    .innerJoin(titreVersions, eq(titreVersions.id, agrements.titreVersionId))
    .where(and(centreScope(user), eq(agrements.id, id)))
    .for("update", { of: agrements });
  return row ?? null;
}

export const AGREMENT_INTROUVABLE = "Cet agrément est introuvable.";
export const AGREMENT_MODIFIE = "Cet agrément a été modifié par quelqu'un d'autre : rechargez la page pour voir sa situation actuelle.";
