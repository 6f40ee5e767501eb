import { z } from "zod";
import type { Candidat } from "@/db/schema";

/**
 * What the agent chooses, field by field, when merging two records. A place is one choice (commune or
 * country + city, with the name it had; the residence with its address): mixing the commune of one record
 * with the country of the other would make a place that exists nowhere.
 */
export const mergeFields = {
  civilite: { label: "Civilité", columns: ["civilite"] },
  nomNaissance: { label: "Nom de naissance", columns: ["nomNaissance"] },
  nomUsage: { label: "Nom d'usage", columns: ["nomUsage"] },
  prenoms: { label: "Prénoms", columns: ["prenoms"] },
  dateNaissance: { label: "Date de naissance", columns: ["dateNaissance"] },
  lieuNaissance: { label: "Lieu de naissance", columns: ["naissanceCommuneCode", "naissanceCommuneNom", "naissancePaysCode", "naissanceVille"] },
  residence: {
    label: "Adresse et commune de résidence",
    columns: ["adresse", "codePostal", "residenceCommuneCode", "residenceCommuneNom", "residenceDepartementCode", "residenceRegionCode"],
  },
  email: { label: "Courriel", columns: ["email"] },
  telephone: { label: "Téléphone", columns: ["telephone"] },
} as const satisfies Record<string, { label: string; columns: readonly (keyof Candidat)[] }>;

export type MergeField = keyof typeof mergeFields;
export const mergeFieldNames = Object.keys(mergeFields) as MergeField[];

export type MergeSource = "survivant" | "fusionne";
export type MergeChoices = Partial<Record<MergeField, MergeSource>>;

export const mergeCandidatsSchema = z.object({
  survivantId: z.uuid(),
  fusionneId: z.uuid(),
  versionSurvivant: z.coerce.number().int(),
  versionFusionne: z.coerce.number().int(),
  /** Absent fields keep the survivor's value. */
  choix: z.partialRecord(z.enum(mergeFieldNames as [MergeField, ...MergeField[]]), z.enum(["survivant", "fusionne"])).default({}),
});
export type MergeCandidatsInput = z.input<typeof mergeCandidatsSchema>;
export type MergeCandidatsData = z.output<typeof mergeCandidatsSchema>;

type FieldValues = Pick<Candidat, (typeof mergeFields)[MergeField]["columns"][number]>;

export function fieldValues(c: FieldValues, field: MergeField): Partial<FieldValues> {
  return Object.fromEntries(mergeFields[field].columns.map((col) => [col, c[col]])) as Partial<FieldValues>;
}

/** The fields whose values differ between the two records: only those need a choice. */
export function differingFields(a: FieldValues, b: FieldValues): MergeField[] {
  return mergeFieldNames.filter((f) => mergeFields[f].columns.some((col) => (a[col] ?? null) !== (b[col] ?? null)));
}

/**
 * What the comparison proposes before the agent touches anything: for each differing field, the kept record's
 * value — the same default as the server's for a field left out — unless that record has nothing there and
 * the other does (an email, a usage name, an address one centre did not type).
 */
export function defaultMergeChoices(survivant: FieldValues, fusionne: FieldValues): MergeChoices {
  const empty = (c: FieldValues, field: MergeField) => mergeFields[field].columns.every((col) => (c[col] ?? null) === null);
  return Object.fromEntries(differingFields(survivant, fusionne).map((f) => [f, empty(survivant, f) && !empty(fusionne, f) ? "fusionne" : "survivant"]));
}

/** The survivor's columns after the merge: each field from the record chosen for it (the survivor by default). */
export function mergedValues(survivant: FieldValues, fusionne: FieldValues, choix: MergeChoices): FieldValues {
  const out = { ...fieldValues(survivant, "civilite") } as FieldValues;
  for (const field of mergeFieldNames) Object.assign(out, fieldValues(choix[field] === "fusionne" ? fusionne : survivant, field));
  return out;
}
