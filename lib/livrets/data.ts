import type { CcpAcquis } from "./acquis";

/** Everything a livret de certification prints: the document component receives this and never queries. */
export type LivretData = {
  id: string;
  candidatId: string;
  civilite: string;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  /** ISO date. */
  dateNaissance: string;
  /** "Nîmes" or "Casablanca (Maroc)" (R6). */
  lieuNaissance: string;
  titreCode: string;
  titreIntitule: string;
  niveau: number | null;
  /** "millésime 07 (04/07/2023)" or "version du 16/03/2011". */
  version: string;
  /** The CCPs of the version, and those acquired up to this livret's validation (with their session). */
  ccpsVersion: number;
  ccps: CcpAcquis[];
  /** The validation that gave this livret: session, day, and place of issue (the validating UD's commune). */
  sessionNumero: string;
  delivreLe: string;
  lieuDelivrance: string | null;
};
