import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { sites } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { CENTRE_INTROUVABLE, loadCentreForUpdate } from "./load";
import { centrePermissions } from "./permissions";
import { resolveCurrentCommune } from "./resolve-commune";
import type { SiteData } from "./schemas";

/** Creates a site, or updates one (with its version, so two editors do not overwrite each other). */
export async function saveSite(user: CurrentUser, data: SiteData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!centrePermissions.editRepresentantAndSites(user)) return fail("introuvable", CENTRE_INTROUVABLE);
  return db.transaction(async (tx) => {
    const centre = await loadCentreForUpdate(tx, user, data.centreId);
    if (!centre) return fail("introuvable", CENTRE_INTROUVABLE);
    const place = await resolveCurrentCommune(tx, data.communeCode, data.codePostal);
    if (!place.ok) return fail("invalide", "L'adresse du site est incorrecte.", place.fieldErrors);
    const values = { libelle: data.libelle, adresse: data.adresse, codePostal: place.codePostal, communeCode: place.communeCode, communeNom: place.communeNom };
    if (!data.id) {
      const [created] = await tx.insert(sites).values({ ...values, centreId: centre.id }).returning({ id: sites.id });
      await recordAudit(tx, user, { action: "site.cree", entityType: "centre", entityId: centre.id, after: { site: created!.id, ...values } });
      return ok({ id: created!.id });
    }
    const [before] = await tx
      .select({ libelle: sites.libelle, adresse: sites.adresse, codePostal: sites.codePostal, communeCode: sites.communeCode, communeNom: sites.communeNom, version: sites.version })
      .from(sites)
      .where(and(eq(sites.id, data.id), eq(sites.centreId, centre.id)))
      .for("update");
    if (!before) return fail("introuvable", "Ce site est introuvable.");
    if (before.version !== data.version) return fail("conflit_version", "Ce site a été modifié par quelqu'un d'autre : rechargez la page puis refaites votre modification.");
    await tx.update(sites).set({ ...values, version: before.version + 1, updatedAt: new Date() }).where(eq(sites.id, data.id));
    const { version: _v, ...comparable } = before;
    await recordAudit(tx, user, { action: "site.modifie", entityType: "centre", entityId: centre.id, ...changedFields(comparable, values) });
    return ok({ id: data.id });
  });
}
