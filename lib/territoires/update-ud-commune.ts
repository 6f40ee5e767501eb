import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { communes, departements } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { canEditReferentiels } from "@/lib/titres/permissions";
import type { UpdateUdCommuneData } from "./schemas";

export const STALE_DEPARTEMENT =
  "La commune de cette UD a été modifiée par quelqu'un d'autre depuis l'ouverture de la page. Rechargez la page pour voir la nouvelle valeur, puis refaites votre modification.";

/**
 * Changes the commune of a UD: the place of issue printed on the parchemins it validates from now on
 * (DOMAIN R7). National administration only; optimistic locking on departements.version; audited.
 */
export async function updateUdCommune(actor: CurrentUser, data: UpdateUdCommuneData, db: Db = getDb()): Promise<Result<{ code: string }>> {
  if (!canEditReferentiels(actor)) return fail("interdit", "Seule l'administration centrale (DGEFP) peut modifier la commune d'une UD.");
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ nom: departements.nom, udCommuneCode: departements.udCommuneCode, udCommuneNom: departements.udCommuneNom, version: departements.version })
      .from(departements)
      .where(eq(departements.code, data.departementCode));
    if (!before) return fail("introuvable", "Ce département est introuvable.");
    if (before.version !== data.version) return fail("conflit_version", STALE_DEPARTEMENT);

    const [commune] = await tx
      .select({ code: communes.code, nom: communes.nom, departementCode: communes.departementCode })
      .from(communes)
      .where(and(eq(communes.code, data.communeCode), isNull(communes.validTo), eq(communes.kind, "commune")));
    const field = (message: string) => fail("invalide", message, { communeCode: [message] });
    if (!commune) return field("Choisissez une commune qui existe aujourd'hui (pas une commune déléguée ni un arrondissement).");
    if (commune.departementCode !== data.departementCode) return field(`Choisissez une commune du département (${before.nom}).`);
    if (commune.code === before.udCommuneCode) return field("C'est déjà la commune de cette UD.");

    // The version in the WHERE clause: of two concurrent changes, the second finds no row and is refused.
    const updated = await tx
      .update(departements)
      .set({ udCommuneCode: commune.code, udCommuneNom: commune.nom, version: before.version + 1 })
      .where(and(eq(departements.code, data.departementCode), eq(departements.version, data.version)))
      .returning({ code: departements.code });
    if (updated.length === 0) return fail("conflit_version", STALE_DEPARTEMENT);

    await recordAudit(tx, actor, {
      action: "departement.commune_ud_modifiee",
      entityType: "departement",
      entityId: data.departementCode,
      before: { udCommuneCode: before.udCommuneCode, udCommuneNom: before.udCommuneNom },
      after: { udCommuneCode: commune.code, udCommuneNom: commune.nom },
      reason: data.reason || null,
    });
    return ok({ code: data.departementCode });
  });
}
