import type { DecisionResultat, IssueCcp, Parcours, PresenceCandidat } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";
import { coherenceResultat, verifierDecision, type CoherenceInput } from "./coherence";

export type { DecisionResultat, IssueCcp, PresenceCandidat };

/** What the grid needs of a session already loaded in the user's scope. */
export type SessionDesResultats = { id: string; titreVersionId: string; type: "titre" | "ccp"; dateDebut: IsoDate };

export type CcpColonne = { id: string; numero: number; libelle: string };

export type LigneResultat = {
  inscriptionId: string;
  candidatId: string;
  nom: string;
  parcours: Parcours;
  presence: PresenceCandidat | null;
  decision: DecisionResultat | null;
  /** The row's optimistic lock; 0 while nothing is saved. */
  version: number;
  issues: Record<string, IssueCcp>;
  /** CCPs acquired in earlier validated sessions of the same version (capitalisation), with that session's number. */
  capitalises: { ccpId: string; numero: number; sessionNumero: string }[];
};

export type GrilleResultats = { ccpsVersion: CcpColonne[]; ccpsEvalues: string[]; lignes: LigneResultat[] };

/**
 * The R10 input of one row. A CCP the candidate already capitalised is not assessed again: it counts for
 * the title as "capitalisé" and takes no outcome at this session.
 */
export function coherenceInputOf(
  grille: Pick<GrilleResultats, "ccpsVersion" | "ccpsEvalues">,
  ligne: Pick<LigneResultat, "capitalises">,
  saisie: { presence: PresenceCandidat | null; issues: Record<string, IssueCcp | undefined> },
): CoherenceInput {
  const capitalises = new Set(ligne.capitalises.map((c) => c.ccpId));
  return {
    ccpsVersion: grille.ccpsVersion,
    ccpsEvalues: grille.ccpsEvalues.filter((id) => !capitalises.has(id)),
    issues: saisie.issues,
    acquisAnterieurs: [...capitalises],
    presence: saisie.presence,
  };
}

export type SaisieLigne = { presence: PresenceCandidat | null; decision: DecisionResultat | null; issues: Record<string, IssueCcp | undefined> };

export type VerificationLigne = {
  /** The decision the outcomes call for (pre-filled on screen), null while something is missing. */
  decisionAttendue: DecisionResultat | null;
  /** French messages beside the cells: "presence", "decision", "issues.<ccpId>", "_" for the row. */
  fieldErrors: Record<string, string[]>;
};

/**
 * Checks one row as entered, with R10 (coherenceResultat, verifierDecision): the screen shows the messages
 * beside the cells as the user types, and the use case refuses the same row with the same messages.
 * `decisionRequise`: once the session is marked "résultats saisis", a row cannot lose its decision.
 */
export function verifierLigne(
  grille: Pick<GrilleResultats, "ccpsVersion" | "ccpsEvalues">,
  ligne: Pick<LigneResultat, "capitalises">,
  saisie: SaisieLigne,
  decisionRequise = false,
): VerificationLigne {
  const fieldErrors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (fieldErrors[key] ??= []).push(message);
  for (const c of ligne.capitalises) {
    if (saisie.issues[c.ccpId]) add(`issues.${c.ccpId}`, `Le CCP ${c.numero} est capitalisé (session ${c.sessionNumero}) : il ne se saisit pas à nouveau.`);
  }
  const input = coherenceInputOf(grille, ligne, saisie);
  const coherence = coherenceResultat(input);
  const idOf = new Map(grille.ccpsVersion.map((c) => [c.numero, c.id]));
  for (const erreur of coherence.erreurs) {
    const id = erreur.ccp === undefined ? undefined : idOf.get(erreur.ccp);
    if (!(id && fieldErrors[`issues.${id}`])) add(id ? `issues.${id}` : "_", erreur.message);
  }
  if (saisie.decision) {
    const message = coherence.erreurs.length === 0 ? verifierDecision(input, saisie.decision) : null;
    if (message) add("decision", message);
  } else if (decisionRequise) {
    add("decision", "Les résultats de la session sont marqués saisis : choisissez la décision de ce candidat.");
  }
  return { decisionAttendue: coherence.erreurs.length === 0 ? coherence.decision : null, fieldErrors };
}
