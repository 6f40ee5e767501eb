import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats, inscriptions, parchemins, pays, type ParcheminStatut } from "@/db/schema";
import { lieuNaissance } from "@/lib/candidats/display";

/**
 * Everything a parchemin prints (DOMAIN R7, "Parchemin text"), and nothing else: what the PDF lays out, what
 * the QR code signs and what the public verification page shows. The title and the place of issue come from
 * the snapshot taken at issue; the holder's identity from the candidate record (through the inscription, so a
 * merged record prints its survivor's identity).
 */
export type ParcheminImprime = {
  id: string;
  /** Stored form (11 characters), or null for a parchemin issued before numbering existed. */
  numero: string | null;
  civilite: string;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  /** ISO date. */
  dateNaissance: string;
  /** "Nîmes" or "Casablanca (Maroc)" (R6: the commune as it was on the birth date). */
  lieuNaissance: string;
  titreCode: string;
  titreIntitule: string;
  niveau: number | null;
  nsfCode: string;
  rncp: string | null;
  /** ISO date of issue, and the UD's commune (place of issue). */
  delivreLe: string;
  lieuDelivrance: string;
  statut: ParcheminStatut;
  annuleAt: Date | null;
};

const columns = {
  id: parchemins.id,
  numero: parchemins.numero,
  civilite: candidats.civilite,
  nomNaissance: candidats.nomNaissance,
  nomUsage: candidats.nomUsage,
  prenoms: candidats.prenoms,
  dateNaissance: candidats.dateNaissance,
  naissanceCommuneNom: candidats.naissanceCommuneNom,
  naissanceVille: candidats.naissanceVille,
  naissancePaysNom: pays.nom,
  titreCode: parchemins.titreCode,
  titreIntitule: parchemins.titreIntitule,
  niveau: parchemins.niveau,
  nsfCode: parchemins.nsfCode,
  rncp: parchemins.rncp,
  delivreLe: parchemins.delivreLe,
  lieuDelivrance: parchemins.lieuDelivranceNom,
  statut: parchemins.statut,
  annuleAt: parchemins.annuleAt,
};

/**
 * The printed fields of parchemins matching `where` (e.g. `eq(parchemins.id, id)`, `eq(parchemins.numero, n)`,
 * or every parchemin of a session). No scope here: callers check it (or, for the public page, show only these).
 */
export async function loadParcheminsImprimes(db: DbOrTx, where: SQL | undefined): Promise<ParcheminImprime[]> {
  const rows = await db
    .select(columns)
    .from(parchemins)
    .innerJoin(inscriptions, eq(inscriptions.id, parchemins.inscriptionId))
    .innerJoin(candidats, eq(candidats.id, inscriptions.candidatId))
    .leftJoin(pays, eq(pays.code, candidats.naissancePaysCode))
    .where(where)
    .orderBy(candidats.nomNaissance, candidats.prenoms, parchemins.id);
  return rows.map(({ naissanceCommuneNom, naissanceVille, naissancePaysNom, ...row }) => ({
    ...row,
    lieuNaissance: lieuNaissance({ naissanceCommuneNom, naissanceVille, naissancePaysNom }),
  }));
}

/** The printed fields of one parchemin by its stored number (the verification page), or null. */
export async function loadParcheminImprimeParNumero(db: DbOrTx, numero: string): Promise<ParcheminImprime | null> {
  const [row] = await loadParcheminsImprimes(db, and(eq(parchemins.numero, numero)));
  return row ?? null;
}
