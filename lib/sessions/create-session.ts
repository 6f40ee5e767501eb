import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { centres, sessionCcps, sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { centreScope } from "@/lib/auth/scope";
import { todayInParis, type IsoDate } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { convocationInstant } from "./defaults";
import { allocateSessionNumero } from "./numero";
import { checkR1ForSession } from "./r1-days";
import type { CreateSessionData } from "./schemas";
import { foreignCcps, loadSitePlace, loadVersionFacts } from "./session-facts";

const NOT_FOUND = "Ce centre est introuvable.";

/**
 * A centre opens a session (or a regional agent on behalf of a centre of its territory): R1 on every day
 * for the version and the site, the agrément that covers it kept, the number taken in the same transaction,
 * the place (département, région) of the site's commune kept on the row.
 */
export async function createSession(user: CurrentUser, data: CreateSessionData, db: Db = getDb(), now: Date = new Date()): Promise<Result<{ id: string; numero: string }>> {
  const today: IsoDate = todayInParis(now);
  if (data.dateDebut < today) return refuse("Le premier jour ne peut pas être déjà passé.", { dateDebut: [`Choisissez un jour à partir d'aujourd'hui (${today.split("-").reverse().join("/")}).`] });
  return db.transaction(async (tx) => {
    const [centre] = await tx.select({ id: centres.id }).from(centres).where(and(centreScope(user), eq(centres.id, data.centreId)));
    if (!centre) return fail("introuvable", NOT_FOUND);
    const place = await loadSitePlace(tx, centre.id, data.siteId);
    if (!place) return fail("invalide", "Ce site n'est pas un site du centre.", { siteId: ["Choisissez un site du centre."] });
    const version = await loadVersionFacts(tx, centre.id, data.titreVersionId);
    if (!version) return fail("invalide", "Cette version du titre est introuvable.", { titreVersionId: ["Choisissez le titre dans la liste."] });
    const ccpIds = data.type === "ccp" ? [...new Set(data.ccpIds)] : [];
    if (foreignCcps(ccpIds, version.ccpIds).length) return fail("invalide", "Un CCP choisi n'appartient pas à cette version du titre.", { ccpIds: ["Choisissez les CCP de cette version du titre."] });

    const r1 = checkR1ForSession({ facts: version.facts, siteId: place.id, titreLabel: version.label, siteLabel: place.libelle, dateDebut: data.dateDebut, dateFin: data.dateFin });
    if (!r1.ok) return refuse(r1.message, { dateDebut: [r1.message] });

    const numero = await allocateSessionNumero(tx, Number(today.slice(0, 4)), place.departementCode);
    const values = {
      numero,
      centreId: centre.id,
      siteId: place.id,
      titreVersionId: data.titreVersionId,
      agrementId: r1.agrementId,
      regionCode: place.regionCode,
      departementCode: place.departementCode,
      type: data.type,
      dateDebut: data.dateDebut,
      dateFin: data.dateFin,
      heureDebut: data.heureDebut,
      convocationAt: convocationInstant(data),
      convocationSaisie: data.convocationSaisie,
      capacite: data.capacite,
      createdBy: user.id,
    };
    const [created] = await tx.insert(sessions).values(values).returning({ id: sessions.id });
    if (ccpIds.length) await tx.insert(sessionCcps).values(ccpIds.map((ccpId) => ({ sessionId: created!.id, ccpId })));
    await recordAudit(tx, user, { action: "session.creee", entityType: "session", entityId: created!.id, after: { ...values, ccpIds, enProlongation: r1.enProlongation } });
    return ok({ id: created!.id, numero });
  });
}
