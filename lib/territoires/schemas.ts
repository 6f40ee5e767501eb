import { z } from "zod";

/** A UD's commune (place of issue printed on parchemins): a current commune, with the version the form read. */
export const updateUdCommuneSchema = z.object({
  departementCode: z.string().trim().regex(/^(\d{2}|2[AB]|97\d)$/, "Département inconnu."),
  communeCode: z
    .string({ error: "Choisissez une commune dans la liste." })
    .trim()
    .regex(/^(\d{5}|2[AB]\d{3})$/, "Choisissez une commune dans la liste."),
  version: z.coerce.number().int().positive(),
  reason: z.string().trim().max(500, "500 caractères au plus.").optional(),
});

export type UpdateUdCommuneInput = z.input<typeof updateUdCommuneSchema>;
export type UpdateUdCommuneData = z.output<typeof updateUdCommuneSchema>;
