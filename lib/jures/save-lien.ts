import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { centres, jureCentreLinks, jures } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fail, ok, type Result } from "@/lib/result";
import { loadJureForUpdate } from "./load";
import { canManageJures, JURE_INTROUVABLE, JURE_MODIFIE } from "./permissions";
import type { LienData } from "./schemas";

/**
 * Declares a link between a juror and a centre (R4: it makes them ineligible for that centre's sessions
 * while it lasts), or changes its dates. The centre is named by SIRET: it may lie outside the agent's scope.
 */
export async function saveLien(user: CurrentUser, data: LienData, db: Db = getDb()): Promise<Result<{ id: string }>> {
  if (!canManageJures(user)) return fail("introuvable", JURE_INTROUVABLE);
  return db.transaction(async (tx) => {
    const jure = await loadJureForUpdate(tx, user, data.jureId);
    if (!jure) return fail("introuvable", JURE_INTROUVABLE);
    if (jure.version !== data.jureVersion) return fail("conflit_version", JURE_MODIFIE);
    const [centre] = await tx.select({ id: centres.id, raisonSociale: centres.raisonSociale }).from(centres).where(eq(centres.siret, data.centreSiret));
    if (!centre) return fail("invalide", "Aucun centre n'est enregistré avec ce SIRET.", { centreSiret: ["Aucun centre n'est enregistré avec ce SIRET."] });
    const values = { centreId: centre.id, type: data.type, precision: data.precision, dateDebut: data.dateDebut, dateFin: data.dateFin };
    const shown = { centre: `${centre.raisonSociale} (${data.centreSiret})`, type: data.type, precision: data.precision, dateDebut: data.dateDebut, dateFin: data.dateFin };
    let id = data.id;
    if (!id) {
      const [created] = await tx.insert(jureCentreLinks).values({ ...values, jureId: jure.id }).returning({ id: jureCentreLinks.id });
      id = created!.id;
      await recordAudit(tx, user, { action: "jure.lien_ajoute", entityType: "jure", entityId: jure.id, after: shown });
    } else {
      const [before] = await tx
        .select({ centreId: jureCentreLinks.centreId, type: jureCentreLinks.type, precision: jureCentreLinks.precision, dateDebut: jureCentreLinks.dateDebut, dateFin: jureCentreLinks.dateFin, centre: centres.raisonSociale, siret: centres.siret })
        .from(jureCentreLinks)
        .innerJoin(centres, eq(centres.id, jureCentreLinks.centreId))
        .where(and(eq(jureCentreLinks.id, id), eq(jureCentreLinks.jureId, jure.id)));
      if (!before) return fail("introuvable", "Ce lien est introuvable.");
      await tx.update(jureCentreLinks).set(values).where(eq(jureCentreLinks.id, id));
      const previous = { centre: `${before.centre} (${before.siret})`, type: before.type, precision: before.precision, dateDebut: before.dateDebut, dateFin: before.dateFin };
      await recordAudit(tx, user, { action: "jure.lien_modifie", entityType: "jure", entityId: jure.id, ...changedFields(previous, shown) });
    }
    // The juror's version covers its links: a form opened before this change is stale.
    await tx.update(jures).set({ version: jure.version + 1, updatedAt: new Date() }).where(eq(jures.id, jure.id));
    return ok({ id });
  });
}
