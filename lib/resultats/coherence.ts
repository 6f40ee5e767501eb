import type { DecisionResultat, IssueCcp, PresenceCandidat } from "@/db/schema";

/**
 * DOMAIN R10, results coherence, for one inscription. Pure: the caller loads the CCPs of the version, those
 * the session assesses (all of them for a session titre, the chosen ones for a session CCP), the outcomes
 * entered, and the CCPs the same candidate acquired in earlier **validated** sessions of the same version.
 *
 * - absent: the candidate did not come (no CCP can then be acquired);
 * - titre obtenu: every CCP of the version is acquired, counting the earlier ones (capitalisation);
 * - partiel: not the title, and at least one CCP acquired at this session;
 * - ajourné: nothing acquired at this session.
 * A session CCP decides only its CCPs: an outcome for a CCP it does not assess is an error.
 */
export type CoherenceInput = {
  /** The CCPs of the title version, in their order: number and id. */
  ccpsVersion: readonly { id: string; numero: number }[];
  /** Ids of the CCPs this session assesses. */
  ccpsEvalues: readonly string[];
  /** Outcomes entered at this session, by CCP id. */
  issues: Readonly<Record<string, IssueCcp | undefined>>;
  /** Ids of the CCPs acquired in earlier validated sessions of the version. */
  acquisAnterieurs: readonly string[];
  presence: PresenceCandidat | null;
};

export type Coherence = {
  /** The decision the outcomes call for, or null while an assessed CCP has no outcome. */
  decision: DecisionResultat | null;
  /** Assessed CCPs still without an outcome (numbers). */
  manquants: number[];
  /** CCPs counted as acquired through earlier sessions (numbers), shown as "capitalisé". */
  capitalises: number[];
  /** CCPs acquired at this session (numbers). */
  acquisSession: number[];
  /** Errors that make the entry impossible, in French, per CCP number when they concern one. */
  erreurs: { ccp?: number; message: string }[];
};

export function coherenceResultat(input: CoherenceInput): Coherence {
  const evalues = new Set(input.ccpsEvalues);
  const anterieurs = new Set(input.acquisAnterieurs);
  const erreurs: Coherence["erreurs"] = [];
  const manquants: number[] = [];
  const capitalises: number[] = [];
  const acquisSession: number[] = [];
  let tousAcquis = true;

  for (const ccp of input.ccpsVersion) {
    const issue = input.issues[ccp.id];
    if (!evalues.has(ccp.id)) {
      if (issue) erreurs.push({ ccp: ccp.numero, message: `Le CCP ${ccp.numero} n'est pas évalué par cette session.` });
      if (anterieurs.has(ccp.id)) capitalises.push(ccp.numero);
      else tousAcquis = false;
      continue;
    }
    if (input.presence === "absent") {
      if (issue && issue !== "non_presente") erreurs.push({ ccp: ccp.numero, message: `Candidat absent : le CCP ${ccp.numero} ne peut être que « non présenté ».` });
      if (anterieurs.has(ccp.id)) capitalises.push(ccp.numero);
      else tousAcquis = false;
      continue;
    }
    if (!issue) manquants.push(ccp.numero);
    if (issue === "acquis") acquisSession.push(ccp.numero);
    else if (anterieurs.has(ccp.id)) capitalises.push(ccp.numero);
    else tousAcquis = false;
  }
  for (const id of Object.keys(input.issues)) {
    if (input.issues[id] && !input.ccpsVersion.some((ccp) => ccp.id === id)) erreurs.push({ message: "Un CCP saisi n'appartient pas à la version du titre de la session." });
  }

  let decision: DecisionResultat | null;
  if (input.presence === "absent") decision = "absent";
  else if (manquants.length > 0 || input.presence === null) decision = null;
  else if (tousAcquis) decision = "titre_obtenu";
  else decision = acquisSession.length > 0 ? "partiel" : "ajourne";
  return { decision, manquants, capitalises, acquisSession, erreurs };
}

export const decisionLabels: Record<DecisionResultat, string> = {
  titre_obtenu: "Titre obtenu",
  partiel: "Partiel",
  ajourne: "Ajourné",
  absent: "Absent",
};

export const issueCcpLabels: Record<IssueCcp, string> = {
  acquis: "Acquis",
  non_acquis: "Non acquis",
  non_presente: "Non présenté",
};

/**
 * Checks a decision chosen on screen against the outcomes: null when it agrees, otherwise the French message
 * shown beside the cell ("Titre obtenu impossible : le CCP 2 n'est pas acquis.").
 */
export function verifierDecision(input: CoherenceInput, choisie: DecisionResultat): string | null {
  const coherence = coherenceResultat(input);
  if (coherence.erreurs.length > 0) return coherence.erreurs[0]!.message;
  if (input.presence === null && choisie !== "absent") return "Indiquez d'abord la présence du candidat.";
  if (choisie === "absent") return input.presence === "absent" ? null : "« Absent » demande que le candidat soit noté absent.";
  if (input.presence === "absent") return "Candidat absent : la décision est « Absent ».";
  if (coherence.manquants.length > 0) return `Saisissez d'abord le résultat du CCP ${coherence.manquants.join(", ")}.`;
  if (choisie === coherence.decision) return null;
  if (choisie === "titre_obtenu") {
    const nonAcquis = input.ccpsVersion
      .filter((ccp) => !coherence.acquisSession.includes(ccp.numero) && !coherence.capitalises.includes(ccp.numero))
      .map((ccp) => ccp.numero);
    return `Titre obtenu impossible : ${nonAcquis.length > 1 ? `les CCP ${nonAcquis.join(", ")} ne sont pas acquis` : `le CCP ${nonAcquis[0]} n'est pas acquis`}.`;
  }
  if (coherence.decision === "titre_obtenu") return "Tous les CCP du titre sont acquis : la décision est « Titre obtenu ».";
  if (choisie === "partiel") return "« Partiel » demande au moins un CCP acquis à cette session.";
  return "Un CCP au moins est acquis à cette session : la décision est « Partiel ».";
}
