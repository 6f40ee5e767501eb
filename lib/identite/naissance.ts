import type { DbOrTx } from "@/db/client";
import type { IsoDate } from "@/lib/dates";
import { resolveBirthCommune, resolvePays } from "@/lib/jures/places";

/** The birth-place columns shared by candidates and jurors: a French commune or a foreign country and town. */
export type NaissanceColumns = { naissanceCommuneCode: string | null; naissanceCommuneNom: string | null; naissancePaysCode: string | null; naissanceVille: string | null };

type BirthData = { lieuNaissance: "france" | "etranger"; dateNaissance: IsoDate; naissanceCommuneCode: string | null; naissancePaysCode: string | null; naissanceVille: string | null };

/** The birth place checked against the référentiel (R6): the commune as it was on the birth date, or a known country. */
export async function resolveNaissance(tx: DbOrTx, data: BirthData): Promise<{ naissance: NaissanceColumns; fieldErrors: Record<string, string[]> }> {
  const fieldErrors: Record<string, string[]> = {};
  let naissance: NaissanceColumns = { naissanceCommuneCode: null, naissanceCommuneNom: null, naissancePaysCode: null, naissanceVille: null };
  if (data.lieuNaissance === "france") {
    const commune = await resolveBirthCommune(tx, data.naissanceCommuneCode!, data.dateNaissance);
    if (commune.ok) naissance = { ...naissance, naissanceCommuneCode: commune.code, naissanceCommuneNom: commune.nom };
    else fieldErrors[commune.field] = [commune.message];
  } else {
    const country = await resolvePays(tx, data.naissancePaysCode!);
    if (country.ok) naissance = { ...naissance, naissancePaysCode: country.code, naissanceVille: data.naissanceVille };
    else fieldErrors[country.field] = [country.message];
  }
  return { naissance, fieldErrors };
}

/** Names are stored in capitals; an empty usage name is no usage name. */
export function storedNames(data: { nomNaissance: string; nomUsage: string | null }) {
  return { nomNaissance: data.nomNaissance.toUpperCase(), nomUsage: data.nomUsage ? data.nomUsage.toUpperCase() : null };
}
