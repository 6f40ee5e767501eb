import { asc, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { centres, centreTypes } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { typeOn } from "@/lib/agrements/can-create-session";
import { todayInParis } from "@/lib/dates";
import { fail, ok, type Result } from "@/lib/result";
import { CENTRE_INTROUVABLE, CENTRE_MODIFIE, loadCentreForUpdate } from "./load";
import { centrePermissions } from "./permissions";
import type { CentreTypeData } from "./schemas";

/**
 * Records the type of a centre from a date. The history is only appended to (R1 reads the type that held
 * on a session's date); the centre's current type is derived from it.
 */
export async function setCentreType(user: CurrentUser, data: CentreTypeData, db: Db = getDb(), today = todayInParis()): Promise<Result<{ id: string }>> {
  if (!centrePermissions.setType(user)) return fail("introuvable", CENTRE_INTROUVABLE);
  return db.transaction(async (tx) => {
    const before = await loadCentreForUpdate(tx, user, data.id);
    if (!before) return fail("introuvable", CENTRE_INTROUVABLE);
    if (before.version !== data.version) return fail("conflit_version", CENTRE_MODIFIE);
    await tx.insert(centreTypes).values({ centreId: data.id, typeCentre: data.typeCentre, validFrom: data.validFrom, recordedBy: `${user.prenom} ${user.nom}` });
    const history = await tx.select({ typeCentre: centreTypes.typeCentre, validFrom: centreTypes.validFrom }).from(centreTypes).where(eq(centreTypes.centreId, data.id)).orderBy(asc(centreTypes.recordedAt));
    const current = typeOn(history, today);
    await tx.update(centres).set({ typeCentre: current, version: before.version + 1, updatedAt: new Date() }).where(eq(centres.id, data.id));
    await recordAudit(tx, user, {
      action: "centre.type_enregistre",
      entityType: "centre",
      entityId: data.id,
      before: { typeCentre: before.typeCentre },
      after: { typeCentre: data.typeCentre, aPartirDu: data.validFrom, typeActuel: current },
    });
    return ok({ id: data.id });
  });
}
