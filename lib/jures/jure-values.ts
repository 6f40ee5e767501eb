import type { DbOrTx } from "@/db/client";
import type { jures } from "@/db/schema";
import { resolveNaissance, storedNames } from "@/lib/identite/naissance";
import { normalizeName } from "@/lib/text/normalize";
import { resolveResidence } from "./places";
import type { JureData } from "./schemas";

export type JureValues = Omit<typeof jures.$inferInsert, "id" | "version" | "createdAt" | "updatedAt">;

/** The normalised identity a juror is matched on: birth name, given names (normalizeName) and birth date. */
export function identityKey(v: { nomNaissance: string; prenoms: string; dateNaissance: string }) {
  return { nomNaissanceNormalise: normalizeName(v.nomNaissance), prenomsNormalises: normalizeName(v.prenoms), dateNaissance: v.dateNaissance };
}

/** The columns of a juror from the form, with its communes checked against the référentiel (R6). */
export async function resolveJureValues(tx: DbOrTx, data: JureData): Promise<{ ok: true; values: JureValues } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const { naissance, fieldErrors } = await resolveNaissance(tx, data);
  const residence = await resolveResidence(tx, data.residenceCommuneCode);
  if (!residence.ok) fieldErrors[residence.field] = [residence.message];
  if (!residence.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  const { nomNaissance, nomUsage } = storedNames(data);
  return {
    ok: true,
    values: {
      civilite: data.civilite,
      nomNaissance,
      nomUsage,
      prenoms: data.prenoms,
      ...naissance,
      residenceCommuneCode: residence.code,
      residenceCommuneNom: residence.nom,
      residenceDepartementCode: residence.departementCode,
      residenceRegionCode: residence.regionCode,
      email: data.email,
      telephone: data.telephone,
      employeurRaisonSociale: data.employeurRaisonSociale,
      employeurSiret: data.employeurSiret,
      ...identityKey({ nomNaissance, prenoms: data.prenoms, dateNaissance: data.dateNaissance }),
      nomRecherche: normalizeName(`${nomNaissance} ${nomUsage ?? ""} ${data.prenoms}`),
    },
  };
}

/** What the history shows of a juror: no normalised or technical column. */
export function auditedValues(v: JureValues) {
  const { nomNaissanceNormalise: _n, prenomsNormalises: _p, nomRecherche: _r, ...shown } = v;
  return shown;
}
