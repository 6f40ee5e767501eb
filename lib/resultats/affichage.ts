export type { DecisionResultat, IssueCcp } from "@/db/schema";
import { nomComplet } from "@/lib/candidats/display";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { decisionLabels, issueCcpLabels } from "./coherence";
import type { GrilleResultats } from "./grille";
import type { ResultatCandidat, ResultatsSession } from "./session-resultats";

/**
 * What a read-only results table (the validation page, the PV) shows for one CCP of one candidate: the
 * outcome at this session; "Capitalisé" when the CCP was acquired in an earlier validated session and is not
 * acquired again here; "Non évalué" for a CCP a session CCP does not assess; "—" while nothing is entered.
 */
export function celluleCcp(candidat: Pick<ResultatCandidat, "issues" | "acquisAnterieurs">, ccpId: string, evalues: readonly string[]): { label: string; capitalise: boolean } {
  const issue = candidat.issues[ccpId];
  if (issue === "acquis") return { label: issueCcpLabels.acquis, capitalise: false };
  if (candidat.acquisAnterieurs.includes(ccpId)) return { label: "Capitalisé", capitalise: true };
  if (!evalues.includes(ccpId)) return { label: "Non évalué", capitalise: false };
  return { label: issue ? issueCcpLabels[issue] : "—", capitalise: false };
}

/** "depuis 12 jours": how long a transmitted session has waited for validation, in whole days. */
export function attenteLabel(transmiseAt: Date | string | null, now: Date): string {
  if (!transmiseAt) return "—";
  const days = Math.floor((now.getTime() - new Date(transmiseAt).getTime()) / 86_400_000);
  return days <= 0 ? "depuis aujourd'hui" : days === 1 ? "depuis 1 jour" : `depuis ${days} jours`;
}

/** One results table read-only, already worded: `ResultatsLecture` only lays it out. */
export type LectureResultats = {
  colonnes: { id: string; numero: number; libelle: string }[];
  /** Whether the table has a Présence column (the session's own page) and a Parchemin column (validated). */
  avecPresence: boolean;
  avecParchemin: boolean;
  /** What the Décision cell reads while none is entered. */
  sansDecision: string;
  lignes: {
    inscriptionId: string;
    nom: string;
    /** Under the name: CCPs capitalised outside the table's columns. */
    note: string | null;
    presence: string;
    cellules: { label: string; capitalise: boolean }[];
    decision: string | null;
    parchemin: string;
  }[];
};

const presenceLabels = { present: "Présent", absent: "Absent" } as const;

/**
 * The session's page once results are no longer entered there: the CCPs the session assesses, the presence,
 * and "Capitalisé (session n°…)" for a CCP acquired at an earlier validated session and not entered here.
 */
export function lectureDeGrille(grille: GrilleResultats): LectureResultats {
  const colonnes = grille.ccpsVersion.filter((c) => grille.ccpsEvalues.includes(c.id));
  return {
    colonnes,
    avecPresence: true,
    avecParchemin: false,
    sansDecision: "—",
    lignes: grille.lignes.map((l) => {
      const autres = l.capitalises.filter((c) => !grille.ccpsEvalues.includes(c.ccpId));
      return {
        inscriptionId: l.inscriptionId,
        nom: l.nom,
        note: autres.length > 0 ? `Capitalisé${autres.length > 1 ? "s" : ""} : ${autres.map((c) => `CCP ${c.numero}`).join(", ")}` : null,
        presence: l.presence ? presenceLabels[l.presence] : "—",
        cellules: colonnes.map((c) => {
          const cap = l.capitalises.find((x) => x.ccpId === c.id);
          const issue = l.issues[c.id];
          if (cap && !issue) return { label: `Capitalisé (session ${cap.sessionNumero})`, capitalise: true };
          return { label: issue ? issueCcpLabels[issue] : "—", capitalise: false };
        }),
        decision: l.decision ? decisionLabels[l.decision] : null,
        parchemin: "—",
      };
    }),
  };
}

/** The validation page: every CCP of the version (`celluleCcp`), and each candidate's parchemin once validated. */
export function lectureDeSession(resultats: ResultatsSession, parchemins?: Map<string, string | null>): LectureResultats {
  return {
    colonnes: resultats.ccpsVersion,
    avecPresence: false,
    avecParchemin: parchemins !== undefined,
    sansDecision: "Non saisie",
    lignes: resultats.candidats.map((c) => {
      const numero = parchemins?.get(c.inscriptionId);
      return {
        inscriptionId: c.inscriptionId,
        nom: nomComplet(c),
        note: null,
        presence: "—",
        cellules: resultats.ccpsVersion.map((ccp) => celluleCcp(c, ccp.id, resultats.ccpsEvalues)),
        decision: c.decision ? decisionLabels[c.decision] : null,
        parchemin: numero ? formatParcheminNumero(numero) : "—",
      };
    }),
  };
}
