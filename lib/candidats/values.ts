import type { DbOrTx } from "@/db/client";
import type { candidats } from "@/db/schema";
import { resolveNaissance, storedNames } from "@/lib/identite/naissance";
import { resolveResidence } from "@/lib/jures/places";
import { identityKeys } from "./identity";
import type { CandidatData } from "./schemas";

export type CandidatValues = Omit<typeof candidats.$inferInsert, "id" | "version" | "createdAt" | "updatedAt" | "createdBy" | "createdByCentreId" | "mergedIntoId">;

/** The columns of a candidate from the form or a file line: places checked against the référentiel (R6), identity keys computed once here. */
export async function resolveCandidatValues(tx: DbOrTx, data: CandidatData): Promise<{ ok: true; values: CandidatValues } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const { naissance, fieldErrors } = await resolveNaissance(tx, data);
  let residence = { residenceCommuneCode: null as string | null, residenceCommuneNom: null as string | null, residenceDepartementCode: null as string | null, residenceRegionCode: null as string | null };
  if (data.residenceCommuneCode) {
    const found = await resolveResidence(tx, data.residenceCommuneCode);
    if (found.ok) residence = { residenceCommuneCode: found.code, residenceCommuneNom: found.nom, residenceDepartementCode: found.departementCode, residenceRegionCode: found.regionCode };
    else fieldErrors[found.field] = [found.message];
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const { nomNaissance, nomUsage } = storedNames(data);
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
