import { and, eq, inArray } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { agrements, sites, titres, titreVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadCentreForUpdate } from "@/lib/centres/load";
import { todayInParis } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { sessionProlongationMonths, versionStateOn } from "@/lib/titres/version-state";
import type { RequestAgrementData } from "./schemas";
import { agrementCovers } from "./can-create-session";
import { checkTransition } from "./transitions";

/** A centre (or an agent for it) files a request for one title version on one of its sites. */
export async function requestAgrement(user: CurrentUser, data: RequestAgrementData, db: Db = getDb(), today = todayInParis()): Promise<Result<{ id: string }>> {
  const transition = checkTransition("deposer", null, user.role);
  if (!transition.ok) return refuse(transition.message);
  return db.transaction(async (tx) => {
    const centre = await loadCentreForUpdate(tx, user, data.centreId);
    if (!centre) return fail("introuvable", "Ce centre est introuvable.");
    const [site] = await tx.select({ id: sites.id, libelle: sites.libelle }).from(sites).where(and(eq(sites.id, data.siteId), eq(sites.centreId, centre.id)));
    if (!site) return fail("invalide", "Ce site n'appartient pas au centre.", { siteId: ["Choisissez un site du centre."] });
    const [version] = await tx
      .select({ id: titreVersions.id, finDeVie: titreVersions.finDeVie, code: titres.code })
      .from(titreVersions)
      .innerJoin(titres, eq(titres.id, titreVersions.titreId))
      .where(eq(titreVersions.id, data.titreVersionId));
    if (!version) return fail("introuvable", "Cette version du titre est introuvable.", { titreVersionId: ["Choisissez une version du titre."] });
    if (versionStateOn(version.finDeVie, today, 0) !== "en_vigueur") {
      const message = "Cette version du titre a atteint sa fin de vie : aucun nouvel agrément ne peut être demandé.";
      return fail("invalide", message, { titreVersionId: [message] });
    }
    const existing = await tx
      .select({ id: agrements.id, statut: agrements.statut, siteId: agrements.siteId, validFrom: agrements.validFrom, validTo: agrements.validTo })
      .from(agrements)
      .where(and(eq(agrements.centreId, centre.id), eq(agrements.titreVersionId, version.id), eq(agrements.siteId, site.id), inArray(agrements.statut, ["en_instruction", "acceptee"])));
    if (existing.some((a) => a.statut === "en_instruction")) return fail("deja_existant", "Une demande est déjà en cours d'instruction pour ce titre sur ce site.");
    const months = sessionProlongationMonths({ typeCentre: centre.typeCentre });
    if (existing.some((a) => agrementCovers(a, today, version.finDeVie, months) || (a.validFrom !== null && a.validFrom > today))) {
      return fail("deja_existant", "Le centre a déjà un agrément valide pour ce titre sur ce site.");
    }
    const [created] = await tx
      .insert(agrements)
      .values({ centreId: centre.id, titreVersionId: version.id, siteId: site.id, statut: transition.to, source: "ceres" })
      .returning({ id: agrements.id });
    await recordAudit(tx, user, {
      action: "agrement.depose",
      entityType: "agrement",
      entityId: created!.id,
      after: { centre: centre.raisonSociale, titre: version.code, site: site.libelle, statut: transition.to },
    });
    return ok({ id: created!.id });
  });
}
