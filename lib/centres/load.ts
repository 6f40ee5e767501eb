import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { centres } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";

/** The centre row a write works on, locked, or null when it is out of the user's scope (→ "introuvable"). */
export async function loadCentreForUpdate(tx: DbOrTx, user: CurrentUser, id: string) {
  const [row] = await tx
    .select({
      id: centres.id,
      siret: centres.siret,
      raisonSociale: centres.raisonSociale,
      adresse: centres.adresse,
      codePostal: centres.codePostal,
      communeCode: centres.communeCode,
      communeNom: centres.communeNom,
      regionCode: centres.regionCode,
      departementCode: centres.departementCode,
      typeCentre: centres.typeCentre,
      reseaux: centres.reseaux,
      representantCivilite: centres.representantCivilite,
      representantNom: centres.representantNom,
      representantPrenom: centres.representantPrenom,
      representantFonction: centres.representantFonction,
      representantEmail: centres.representantEmail,
      representantTelephone: centres.representantTelephone,
      version: centres.version,
    })
    .from(centres)
    .where(and(centreScope(user), eq(centres.id, id)))
    .for("update");
  return row ?? null;
}

export const CENTRE_INTROUVABLE = "Ce centre est introuvable.";
export const CENTRE_MODIFIE =
  "Ce centre a été modifié par quelqu'un d'autre depuis l'ouverture du formulaire. Rechargez la page, puis refaites votre modification.";
