import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { resultatCcps, resultats, type DecisionResultat, type IssueCcp, type PresenceCandidat } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { todayInParis } from "@/lib/dates";
import { fail, ok, refuse, type Result } from "@/lib/result";
import { loadSessionForUpdate } from "@/lib/sessions/load";
import { SESSION_INTROUVABLE } from "@/lib/sessions/update-session";
import { issueCcpLabels } from "./coherence";
import { verifierLigne, type GrilleResultats } from "./grille";
import { saisieResultatsOuverte } from "./ouverture";
import { loadGrilleResultats } from "./queries";
import type { SaisirResultatData } from "./schemas";

export const RESULTAT_CONFLIT =
  "Ce résultat a été modifié par une autre personne depuis l'affichage de la page. Vos choix restent sur la ligne : comparez-les aux valeurs enregistrées, puis enregistrez à nouveau pour les confirmer.";
export const LIGNE_INVALIDE = "Ligne non enregistrée : corrigez les cellules signalées.";

type Saisie = { presence: PresenceCandidat | null; decision: DecisionResultat | null; issues: Record<string, IssueCcp> };

/** The row as the Historique tab shows it: presence, decision, and each CCP's outcome in words. */
function snapshot(grille: GrilleResultats, saisie: Saisie) {
  return {
    presence: saisie.presence,
    decision: saisie.decision,
    ccps: grille.ccpsVersion.filter((c) => saisie.issues[c.id]).map((c) => `CCP ${c.numero} : ${issueCcpLabels[saisie.issues[c.id]!]}`),
  };
}

/**
 * Saves one row of the results screen: presence, each assessed CCP's outcome, the decision (R10). The
 * session row is locked FOR UPDATE first, so the saves of one session, and its move to "résultats saisis",
 * run one after the other: the version read next is the last committed one (optimistic lock per row).
 * An absent candidate gets "non présenté" on every assessed CCP and the decision "absent".
 */
export async function saisirResultat(
  user: CurrentUser,
  input: SaisirResultatData,
  db: Db = getDb(),
  now: Date = new Date(),
): Promise<Result<{ version: number; presence: PresenceCandidat | null; decision: DecisionResultat | null }>> {
  return db.transaction(async (tx) => {
    const session = await loadSessionForUpdate(tx, user, input.sessionId);
    if (!session) return fail("introuvable", SESSION_INTROUVABLE);
    const ouverture = saisieResultatsOuverte(session, todayInParis(now));
    if (!ouverture.ok) return refuse(ouverture.message);
    const grille = await loadGrilleResultats(tx, session, input.inscriptionId);
    const ligne = grille.lignes[0];
    if (!ligne) return fail("introuvable", "Ce candidat n'est pas inscrit à cette session.");
    if (ligne.version !== input.version) return fail("conflit_version", RESULTAT_CONFLIT);

    const saisie: Saisie = { presence: input.presence, decision: input.decision, issues: { ...input.issues } };
    if (saisie.presence === "absent") {
      const capitalises = new Set(ligne.capitalises.map((c) => c.ccpId));
      for (const id of grille.ccpsEvalues) if (!capitalises.has(id)) saisie.issues[id] ??= "non_presente";
      saisie.decision ??= "absent";
    }
    const verification = verifierLigne(grille, ligne, saisie, session.statut === "resultats_saisis");
    if (Object.keys(verification.fieldErrors).length > 0) return fail("invalide", LIGNE_INVALIDE, verification.fieldErrors);

    const avant = snapshot(grille, { presence: ligne.presence, decision: ligne.decision, issues: ligne.issues });
    const apres = snapshot(grille, saisie);
    if (ligne.version > 0 && JSON.stringify(avant) === JSON.stringify(apres)) return ok({ version: ligne.version, presence: saisie.presence, decision: saisie.decision });

    const version = ligne.version + 1;
    const values = { presence: saisie.presence, decision: saisie.decision, saisiPar: user.id, version, updatedAt: now };
    if (ligne.version === 0) await tx.insert(resultats).values({ inscriptionId: ligne.inscriptionId, ...values });
    else await tx.update(resultats).set(values).where(eq(resultats.inscriptionId, ligne.inscriptionId));
    await tx.delete(resultatCcps).where(eq(resultatCcps.inscriptionId, ligne.inscriptionId));
    const rows = Object.entries(saisie.issues).map(([ccpId, issue]) => ({ inscriptionId: ligne.inscriptionId, ccpId, issue }));
    if (rows.length > 0) await tx.insert(resultatCcps).values(rows);

    const changes = ligne.version === 0 ? { before: undefined, after: apres } : changedFields(avant, apres);
    await recordAudit(tx, user, {
      action: "session.resultat_saisi",
      entityType: "session",
      entityId: session.id,
      before: changes.before,
      after: { candidat: ligne.nom, ...changes.after },
    });
    return ok({ version, presence: saisie.presence, decision: saisie.decision });
  });
}
