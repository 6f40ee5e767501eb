import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { sessionCcps, sessions } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatIsoDate, todayInParis } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { convocationInstant } from "./defaults";
import { loadSessionForUpdate } from "./load";
import { checkR1ForSession } from "./r1-days";
import type { UpdateSessionData } from "./schemas";
import { foreignCcps, loadSessionCcpIds, loadSitePlace, loadVersionFacts } from "./session-facts";
import { SESSION_MODIFIABLE, sessionStatutLabels } from "./transitions";

export const SESSION_INTROUVABLE = "Cette session est introuvable.";
export const SESSION_CONFLIT =
  "Quelqu'un d'autre a modifié cette session pendant que vous la modifiiez : vos changements n'ont pas été enregistrés. Rechargez la page pour voir la session à jour, puis refaites vos changements.";

/**
 * The Informations tab saved: optimistic lock on `version`, R1 again when the days or the site change, the
 * convocation following the first day while nobody has set it (R2), `planning_changed_at` moved when the
 * days, the time or the convocation change (letters sent before are out of date).
 */
export async function updateSession(user: CurrentUser, data: UpdateSessionData, db: Db = getDb(), now: Date = new Date()): Promise<Result<{ id: string }>> {
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, data.id);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    if (session.version !== data.version) return fail("conflit_version", SESSION_CONFLIT);
    if (!SESSION_MODIFIABLE.includes(session.statut)) return refuse(`La session est à l'état « ${sessionStatutLabels[session.statut]} » : ses informations ne peuvent plus être modifiées.`);

    const daysChanged = data.dateDebut !== session.dateDebut || data.dateFin !== session.dateFin;
    const today = todayInParis(now);
    if (data.dateDebut !== session.dateDebut && data.dateDebut < today) {
      return refuse("Le premier jour ne peut pas être déjà passé.", { dateDebut: [`Choisissez un jour à partir d'aujourd'hui (${formatIsoDate(today)}).`] });
    }
    const place = await loadSitePlace(tx, session.centreId, data.siteId);
    if (!place) return fail("invalide", "Ce site n'est pas un site du centre.", { siteId: ["Choisissez un site du centre."] });
    const version = await loadVersionFacts(tx, session.centreId, session.titreVersionId);
    const ccpIds = data.type === "ccp" ? [...new Set(data.ccpIds)] : [];
    if (foreignCcps(ccpIds, version!.ccpIds).length) return fail("invalide", "Un CCP choisi n'appartient pas à cette version du titre.", { ccpIds: ["Choisissez les CCP de cette version du titre."] });

    let agrementId = session.agrementId;
    if (daysChanged || data.siteId !== session.siteId) {
      const r1 = checkR1ForSession({ facts: version!.facts, siteId: place.id, titreLabel: version!.label, siteLabel: place.libelle, dateDebut: data.dateDebut, dateFin: data.dateFin });
      if (!r1.ok) return refuse(r1.message, { dateDebut: [r1.message] });
      agrementId = r1.agrementId;
    }

    const convocationAt = convocationInstant(data);
    const previousCcps = (await loadSessionCcpIds(tx, [session.id])).map((r) => r.ccpId).sort();
    const before = {
      siteId: session.siteId,
      dateDebut: session.dateDebut,
      dateFin: session.dateFin,
      heureDebut: session.heureDebut,
      convocationAt: session.convocationAt.toISOString(),
      convocationSaisie: session.convocationSaisie,
      capacite: session.capacite,
      type: session.type,
      ccpIds: previousCcps,
      agrementId: session.agrementId,
    };
    const after = { ...before, siteId: place.id, dateDebut: data.dateDebut, dateFin: data.dateFin, heureDebut: data.heureDebut, convocationAt: convocationAt.toISOString(), convocationSaisie: data.convocationSaisie, capacite: data.capacite, type: data.type, ccpIds: [...ccpIds].sort(), agrementId };
    const diff = changedFields(before, after);
    if (Object.keys(diff.after).length === 0) return ok({ id: session.id });

    const planningChanged = daysChanged || data.heureDebut !== session.heureDebut || convocationAt.getTime() !== session.convocationAt.getTime();
    await tx
      .update(sessions)
      .set({
        siteId: place.id,
        regionCode: place.regionCode,
        departementCode: place.departementCode,
        agrementId,
        dateDebut: data.dateDebut,
        dateFin: data.dateFin,
        heureDebut: data.heureDebut,
        convocationAt,
        convocationSaisie: data.convocationSaisie,
        capacite: data.capacite,
        type: data.type,
        version: session.version + 1,
        updatedAt: now,
        ...(planningChanged ? { planningChangedAt: now } : {}),
      })
      .where(eq(sessions.id, session.id));
    if ("ccpIds" in diff.after) {
      await tx.delete(sessionCcps).where(eq(sessionCcps.sessionId, session.id));
      if (ccpIds.length) await tx.insert(sessionCcps).values(ccpIds.map((ccpId) => ({ sessionId: session.id, ccpId })));
    }
    await recordAudit(tx, user, { action: "session.modifiee", entityType: "session", entityId: session.id, ...diff });
    return ok({ id: session.id });
  });
}
