import { isIsoDate } from "@/lib/dates";
import { z } from "zod";

/** A chosen commune row (what the combobox gives): its code, name and period of validity. */
const communeChoice = z.object({
  code: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  nom: z.string(),
  kind: z.enum(["commune", "deleguee", "associee", "arrondissement"]),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  label: z.string(),
  status: z.string().nullable(),
  parent: z.string().nullable(),
});

/** True when the commune row existed on that date (valid_from <= date < valid_to). */
export function communeValidOn(commune: { validFrom: string; validTo: string | null }, date: string): boolean {
  const day = date < "1943-01-01" ? "1943-01-01" : date;
  return commune.validFrom <= day && (commune.validTo === null || day < commune.validTo);
}

/**
 * A birth place (DOMAIN R6): the commune as it was on the birth date — it may no longer exist — or, for a
 * birth abroad, a country and a city typed as text. One definition for the forms and the server actions.
 */
export const birthPlaceSchema = z.discriminatedUnion("lieu", [
  z.object({
    lieu: z.literal("france"),
    commune: communeChoice.nullable().refine((v) => v !== null, { error: "Choisissez la commune de naissance dans la liste." }),
  }),
  z.object({
    lieu: z.literal("etranger"),
    pays: z
      .object({ code: z.string().min(2), nom: z.string() })
      .nullable()
      .refine((v) => v !== null, { error: "Choisissez le pays de naissance dans la liste." }),
    ville: z.string().trim().min(1, "Saisissez la ville de naissance.").max(100, "100 caractères au plus."),
  }),
]);

export const birthSchema = z
  .object({
    dateNaissance: z.string().trim().refine(isIsoDate, { error: "Saisissez une date de naissance valide." }),
    lieuNaissance: birthPlaceSchema,
  })
  .superRefine((value, ctx) => {
    const { lieuNaissance: lieu, dateNaissance } = value;
    if (lieu.lieu === "france" && lieu.commune && isIsoDate(dateNaissance) && !communeValidOn(lieu.commune, dateNaissance)) {
      ctx.addIssue({
        code: "custom",
        path: ["lieuNaissance", "commune"],
        message: "Cette commune n'existait pas sous ce nom à la date de naissance : cherchez-la de nouveau.",
      });
    }
  });

export type BirthInput = z.input<typeof birthSchema>;
export type BirthData = z.output<typeof birthSchema>;
