import { nomComplet } from "@/lib/candidats/display";
import { eachDayOf, formatIsoDate, type IsoDate } from "@/lib/dates";
import { frenchDateTimeParis, frenchLongDate } from "@/lib/sessions/letters/french-dates";
import { sessionStatutLabels } from "@/lib/sessions/transitions";
import { versionLabel } from "@/lib/titres/current-version";
import type { SessionStatut } from "@/db/schema";
import { celluleCcp } from "../affichage";
import { decisionLabels } from "../coherence";
import type { ResultatsSession } from "../session-resultats";

/** Everything the PV prints, already worded: the document component only lays it out. */
export type PvData = {
  numero: string;
  statut: string;
  titre: string;
  version: string;
  centre: string;
  site: string;
  jours: string[];
  nature: string;
  jury: string[];
  ccps: { numero: number; libelle: string }[];
  candidats: { nom: string; naissance: string; cellules: { label: string; capitalise: boolean }[]; decision: string }[];
  capitalisation: boolean;
  etabliLe: string;
};

export type PvSource = {
  session: {
    numero: string;
    statut: SessionStatut;
    type: "titre" | "ccp";
    titreCode: string;
    titreIntitule: string;
    millesime: string | null;
    dateVersion: IsoDate | null;
    centreRaisonSociale: string;
    centreSiret: string;
    siteLibelle: string;
    siteAdresse: string;
    siteCodePostal: string;
    siteCommuneNom: string;
    dateDebut: IsoDate;
    dateFin: IsoDate;
  };
  jury: { civilite: string; nomNaissance: string; nomUsage: string | null; prenoms: string }[];
  resultats: ResultatsSession;
};

export function buildPvData({ session: s, jury, resultats }: PvSource, now: Date): PvData {
  const cellules = resultats.candidats.map((c) => resultats.ccpsVersion.map((ccp) => celluleCcp(c, ccp.id, resultats.ccpsEvalues)));
  return {
    numero: s.numero,
    statut: sessionStatutLabels[s.statut],
    titre: `${s.titreCode} ${s.titreIntitule}`,
    version: versionLabel(s),
    centre: `${s.centreRaisonSociale} (SIRET ${s.centreSiret})`,
    site: `${s.siteLibelle}, ${s.siteAdresse}, ${s.siteCodePostal} ${s.siteCommuneNom}`,
    jours: eachDayOf(s.dateDebut, s.dateFin).map(frenchLongDate),
    nature: s.type === "ccp" ? "Session CCP" : "Session titre",
    jury: jury.map((j) => `${j.civilite} ${j.nomUsage ?? j.nomNaissance} ${j.prenoms}`),
    ccps: resultats.ccpsVersion.map((c) => ({ numero: c.numero, libelle: c.libelle })),
    candidats: resultats.candidats.map((c, i) => ({
      nom: `${c.civilite} ${nomComplet(c)}`,
      naissance: `né${c.civilite === "Madame" ? "e" : ""} le ${formatIsoDate(c.dateNaissance)}`,
      cellules: cellules[i]!,
      decision: c.decision ? decisionLabels[c.decision] : "Non saisie",
    })),
    capitalisation: cellules.some((row) => row.some((cell) => cell.capitalise)),
    etabliLe: frenchDateTimeParis(now),
  };
}
