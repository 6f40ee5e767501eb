import type { DbOrTx } from "@/db/client";
import type { candidats } from "@/db/schema";
import { resolveBirthCommune, resolvePays, resolveResidence } from "@/lib/jures/places";
import { identityKeys } from "./identity";
import type { CandidatData } from "./schemas";

export type CandidatValues = Omit<typeof candidats.$inferInsert, "id" | "version" | "createdAt" | "updatedAt" | "createdBy" | "createdByCentreId" | "mergedIntoId">;

/** The columns of a candidate from the form or a file line: places checked against the référentiel (R6), identity keys computed once here. */
export async function resolveCandidatValues(tx: DbOrTx, data: CandidatData): Promise<{ ok: true; values: CandidatValues } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const fieldErrors: Record<string, string[]> = {};
  let naissance = { naissanceCommuneCode: null as string | null, naissanceCommuneNom: null as string | null, naissancePaysCode: null as string | null, naissanceVille: null as string | null };
  if (data.lieuNaissance === "france") {
    const commune = await resolveBirthCommune(tx, data.naissanceCommuneCode!, data.dateNaissance);
    if (commune.ok) naissance = { ...naissance, naissanceCommuneCode: commune.code, naissanceCommuneNom: commune.nom };
    else fieldErrors[commune.field] = [commune.message];
  } else {
    const country = await resolvePays(tx, data.naissancePaysCode!);
    if (country.ok) naissance = { ...naissance, naissancePaysCode: country.code, naissanceVille: data.naissanceVille };
    else fieldErrors[country.field] = [country.message];
  }
  let residence = { residenceCommuneCode: null as string | null, residenceCommuneNom: null as string | null, residenceDepartementCode: null as string | null, residenceRegionCode: null as string | null };
  if (data.residenceCommuneCode) {
    const found = await resolveResidence(tx, data.residenceCommuneCode);
    if (found.ok) residence = { residenceCommuneCode: found.code, residenceCommuneNom: found.nom, residenceDepartementCode: found.departementCode, residenceRegionCode: found.regionCode };
    else fieldErrors[found.field] = [found.message];
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const nomNaissance = data.nomNaissance.toUpperCase();
  const nomUsage = data.nomUsage ? data.nomUsage.toUpperCase() : null;
  return {
    ok: true,
    values: {
      civilite: data.civilite,
      nomNaissance,
      nomUsage,
      prenoms: data.prenoms,
      dateNaissance: data.dateNaissance,
      ...naissance,
      ...residence,
      adresse: data.adresse,
      codePostal: data.codePostal,
      email: data.email,
      telephone: data.telephone,
      ...identityKeys({ nomNaissance, nomUsage, prenoms: data.prenoms, ...naissance }),
    },
  };
}

/** What the history shows of a candidate: no normalised or technical column. */
export function auditedValues(v: CandidatValues) {
  const { nomNaissanceNormalise: _a, nomUsageNormalise: _b, premierPrenomNormalise: _c, prenomsNormalises: _d, lieuNaissanceCle: _e, nomPhonetique: _f, ...shown } = v;
  return shown;
}
