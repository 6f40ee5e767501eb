import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { decisionsResultat, inscriptions, issuesCcp, parchemins, rectifications, resultatCcps, resultats, sessions, type DecisionResultat, type IssueCcp } from "@/db/schema";
import { recordAuditBatch } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionScope } from "@/lib/auth/scope";
import { nomComplet } from "@/lib/candidats/display";
import { todayInParis } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { decisionLabels, issueCcpLabels, verifierDecision } from "./coherence";
import { delivrerLivrets, delivrerParchemins, loadDelivrance } from "./delivrance";
import { loadResultatsSession } from "./session-resultats";

export const rectifierResultatSchema = z.object({
  inscriptionId: z.uuid({ error: "Candidat inconnu." }),
  version: z.coerce.number().int().positive(),
  decision: z.enum(decisionsResultat, { error: "Choisissez la décision." }),
  issues: z.record(z.uuid(), z.enum(issuesCcp, { error: "Choisissez le résultat du CCP." })),
  motif: z.string().trim().min(1, "Indiquez le motif de la rectification.").max(500, "500 caractères au plus."),
});
export type RectifierResultatInput = z.input<typeof rectifierResultatSchema>;
export type RectifierResultatData = z.output<typeof rectifierResultatSchema>;

export const RESULTAT_INTROUVABLE = "Ce résultat est introuvable.";

type Etat = { decision: DecisionResultat | null; ccps: Record<string, IssueCcp> };

const sameEtat = (a: Etat, b: Etat) => a.decision === b.decision && JSON.stringify(Object.entries(a.ccps).sort()) === JSON.stringify(Object.entries(b.ccps).sort());

/**
 * A correction of a validated result by a State agent (DOMAIN "Validation": nothing is overwritten without a
 * trace). The new outcomes must agree with R10 (capitalisation counted); the change is written with a
 * `rectifications` row (before/after) and audited on the session and on the candidate. Its consequences
 * follow in the same transaction: a title lost annuls the parchemin ("Rectification : <motif>"), a title
 * gained issues a numbered one, a partial success gets its livret if it had none.
 */
export async function rectifierResultat(user: CurrentUser, data: RectifierResultatData, db: Db = getDb(), now: Date = new Date()): Promise<Result<{ parcheminAnnule: boolean; parcheminDelivre: boolean; livretDelivre: boolean }>> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: sessions.id, numero: sessions.numero, statut: sessions.statut, titreVersionId: sessions.titreVersionId, departementCode: sessions.departementCode, dateDebut: sessions.dateDebut, candidatId: inscriptions.candidatId })
      .from(inscriptions)
      .innerJoin(sessions, eq(sessions.id, inscriptions.sessionId))
      .where(and(eq(inscriptions.id, data.inscriptionId), sessionScope(user)));
    if (!found) return fail("introuvable", RESULTAT_INTROUVABLE);
    if (user.role === "centre") return fail("interdit", "Une rectification est faite par un agent de l'État (DREETS, unité départementale ou DGEFP).");
    if (found.statut !== "validee") return refuse("Seuls les résultats d'une session validée se rectifient : avant la validation, ils se corrigent dans l'onglet Résultats.");
    const [locked] = await tx.select({ version: resultats.version }).from(resultats).where(eq(resultats.inscriptionId, data.inscriptionId)).for("update");
    if (!locked) return fail("introuvable", RESULTAT_INTROUVABLE);
    if (locked.version !== data.version) return fail("conflit_version", "Ce résultat vient d'être rectifié par quelqu'un d'autre : rechargez la page pour voir sa version actuelle.");

    const loaded = await loadResultatsSession(tx, found, { inscriptionId: data.inscriptionId });
    const candidat = loaded.candidats[0]!;
    const evalues = new Set(loaded.ccpsEvalues);
    const issues: Record<string, IssueCcp> = {};
    for (const [ccpId, issue] of Object.entries(data.issues)) if (evalues.has(ccpId)) issues[ccpId] = issue;
    const presence = data.decision === "absent" ? "absent" : "present";
    const erreur = verifierDecision({ ccpsVersion: loaded.ccpsVersion, ccpsEvalues: loaded.ccpsEvalues, issues, acquisAnterieurs: candidat.acquisAnterieurs, presence }, data.decision);
    if (erreur) return refuse(erreur, { decision: [erreur] });
    const avant: Etat = { decision: candidat.decision, ccps: candidat.issues };
    const apres: Etat = { decision: data.decision, ccps: issues };
    if (sameEtat(avant, apres)) return refuse("Rien n'a changé : modifiez une décision ou le résultat d'un CCP, ou revenez à la session.");

    const delivreLe = todayInParis(now);
    const gagneTitre = apres.decision === "titre_obtenu" && avant.decision !== "titre_obtenu";
    const perdTitre = avant.decision === "titre_obtenu" && apres.decision !== "titre_obtenu";
    let delivrance = null;
    if (gagneTitre) {
      const loadedDelivrance = await loadDelivrance(tx, found, delivreLe);
      if (!loadedDelivrance.ok) return refuse(loadedDelivrance.message.replace("avant de valider", "avant de rectifier"));
      delivrance = loadedDelivrance.delivrance;
    }

    await tx.update(resultats).set({ presence, decision: data.decision, version: locked.version + 1, updatedAt: now }).where(eq(resultats.inscriptionId, data.inscriptionId));
    await tx.delete(resultatCcps).where(eq(resultatCcps.inscriptionId, data.inscriptionId));
    const entries = Object.entries(issues);
    if (entries.length) await tx.insert(resultatCcps).values(entries.map(([ccpId, issue]) => ({ inscriptionId: data.inscriptionId, ccpId, issue })));
    const [rectification] = await tx
      .insert(rectifications)
      .values({ inscriptionId: data.inscriptionId, motif: data.motif, avant, apres, rectifiePar: user.id, rectifieAt: now })
      .returning({ id: rectifications.id });

    let parcheminAnnule = false;
    if (perdTitre) {
      const annules = await tx
        .update(parchemins)
        .set({ statut: "annule", annuleAt: now, annulePar: user.id, motifAnnulation: `Rectification : ${data.motif}` })
        .where(and(eq(parchemins.inscriptionId, data.inscriptionId), eq(parchemins.statut, "valide")))
        .returning({ id: parchemins.id });
      parcheminAnnule = annules.length > 0;
    }
    const parcheminDelivre = delivrance ? (await delivrerParchemins(tx, delivrance, [data.inscriptionId])).length > 0 : false;
    const livretDelivre = apres.decision === "partiel" ? (await delivrerLivrets(tx, delivreLe, [data.inscriptionId])) > 0 : false;

    const label = (e: Etat) => ({
      decision: e.decision ? decisionLabels[e.decision] : null,
      ccps: loaded.ccpsVersion.filter((c) => e.ccps[c.id]).map((c) => `CCP ${c.numero} : ${issueCcpLabels[e.ccps[c.id]!]}`),
    });
    const entry = { before: label(avant), after: { ...label(apres), candidat: nomComplet(candidat), session: found.numero, rectification: rectification!.id, parcheminAnnule, parcheminDelivre, livretDelivre }, reason: data.motif };
    await recordAuditBatch(tx, user, [
      { action: "resultat.rectifie", entityType: "session", entityId: found.id, ...entry },
      { action: "resultat.rectifie", entityType: "candidat", entityId: found.candidatId, ...entry },
    ]);
    return ok({ parcheminAnnule, parcheminDelivre, livretDelivre });
  });
}
