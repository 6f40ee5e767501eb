import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { candidats } from "@/db/schema";
import { identityKeys, type IdentityValues } from "@/lib/candidats/identity";
import { oneDigitDates, swapDayMonth } from "./dates";
import { scorePair, SEUIL_DOUBLON, type MatchIdentity, type RaisonCode } from "./score";
import { cachedSuccesseurs } from "./successeurs";

/** A new identity to check before creating a record (form, import): as typed, with its birth date (ISO). */
export type NewIdentity = IdentityValues & { dateNaissance: string; civilite?: string | null };

/** An existing record that matches, with what a caller needs to show it (masked for a centre: the caller's job). */
export type CandidatMatch = {
  id: string;
  score: number;
  raisons: RaisonCode[];
  civilite: string;
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  dateNaissance: string;
  naissanceCommuneCode: string | null;
  naissanceCommuneNom: string | null;
  naissancePaysCode: string | null;
  naissanceVille: string | null;
  createdByCentreId: string | null;
};

export type MatchResult = {
  /** The record with the same R5 key (normalised birth name, first prénom, birth date, birth place), if any. */
  exact: CandidatMatch | null;
  /** Close records, best score first, at or above the threshold; never the exact one. */
  proches: CandidatMatch[];
};

const columns = {
  id: candidats.id,
  civilite: candidats.civilite,
  nomNaissance: candidats.nomNaissance,
  nomUsage: candidats.nomUsage,
  prenoms: candidats.prenoms,
  dateNaissance: candidats.dateNaissance,
  naissanceCommuneCode: candidats.naissanceCommuneCode,
  naissanceCommuneNom: candidats.naissanceCommuneNom,
  naissancePaysCode: candidats.naissancePaysCode,
  naissanceVille: candidats.naissanceVille,
  createdByCentreId: candidats.createdByCentreId,
  nomNaissanceNormalise: candidats.nomNaissanceNormalise,
  nomUsageNormalise: candidats.nomUsageNormalise,
  premierPrenomNormalise: candidats.premierPrenomNormalise,
  prenomsNormalises: candidats.prenomsNormalises,
  lieuNaissanceCle: candidats.lieuNaissanceCle,
  nomPhonetique: candidats.nomPhonetique,
};

/**
 * The creation check (R5): the exact record, and the close ones with their score and reasons, nationwide,
 * among live records (tombstones excluded). Blocking in one indexed query: the same birth date or the swapped
 * date (index on the date), or the same phonetic key with a date one digit away or swapped (index on phonetic
 * key + date: a few dozen exact probes). A pair can only reach the threshold when the dates are equal, swapped
 * or one digit apart (see scan/blocks.ts), so nothing scorable is lost but the records whose birth name AND
 * date both changed. Every row found is scored with scorePair, the same rules as the national scan.
 */
export async function findMatches(db: DbOrTx, identity: NewIdentity, options: { seuil?: number; limite?: number } = {}): Promise<MatchResult> {
  const keys = identityKeys(identity);
  const date = identity.dateNaissance;
  const swap = swapDayMonth(date);
  const phonetic = keys.nomPhonetique;
  const blocks: (SQL | undefined)[] = [inArray(candidats.dateNaissance, swap ? [date, swap] : [date])];
  if (phonetic !== "") blocks.push(and(eq(candidats.nomPhonetique, phonetic), inArray(candidats.dateNaissance, oneDigitDates(date))));
  const rows = await db
    .select(columns)
    .from(candidats)
    .where(and(sql`${candidats.mergedIntoId} is null`, or(...blocks)));

  const successeurs = rows.length > 0 ? await cachedSuccesseurs(db) : new Map<string, string>();
  const mine: MatchIdentity = { ...keys, dateNaissance: date, civilite: identity.civilite ?? null };
  const seuil = options.seuil ?? SEUIL_DOUBLON;

  let exact: CandidatMatch | null = null;
  const proches: CandidatMatch[] = [];
  for (const row of rows) {
    const { score, raisons } = scorePair(mine, row, { successeurs });
    const match: CandidatMatch = {
      id: row.id,
      score,
      raisons,
      civilite: row.civilite,
      nomNaissance: row.nomNaissance,
      nomUsage: row.nomUsage,
      prenoms: row.prenoms,
      dateNaissance: row.dateNaissance,
      naissanceCommuneCode: row.naissanceCommuneCode,
      naissanceCommuneNom: row.naissanceCommuneNom,
      naissancePaysCode: row.naissancePaysCode,
      naissanceVille: row.naissanceVille,
      createdByCentreId: row.createdByCentreId,
    };
    if (
      row.nomNaissanceNormalise === keys.nomNaissanceNormalise &&
      row.premierPrenomNormalise === keys.premierPrenomNormalise &&
      row.dateNaissance === date &&
      row.lieuNaissanceCle === keys.lieuNaissanceCle
    ) {
      exact = match;
    } else if (score >= seuil) {
      proches.push(match);
    }
  }
  proches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { exact, proches: proches.slice(0, options.limite ?? 20) };
}
