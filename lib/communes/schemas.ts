import { isIsoDate } from "@/lib/dates";
import { z } from "zod";

const isoDate = z.string().trim().refine(isIsoDate, { error: "Saisissez une date valide au format AAAA-MM-JJ." });

/** Parameters of GET /api/communes: the text typed, and the communes of today or of a date (a birth date). */
export const communeSearchParamsSchema = z
  .object({
    q: z.string().trim().min(1, "Saisissez un nom, un code postal ou un code INSEE.").max(100, "100 caractères au plus."),
    mode: z.enum(["current", "asOf"], { error: "Mode inconnu : current ou asOf." }).default("current"),
    date: isoDate.optional(),
    departement: z
      .string()
      .trim()
      .regex(/^(\d{2}|2[AB]|97\d|98\d)$/, "Département inconnu.")
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.mode === "asOf" && !value.date) ctx.addIssue({ code: "custom", path: ["date"], message: "Précisez la date (mode asOf)." });
  })
  .transform((value) => ({
    ...(value.mode === "asOf" ? { q: value.q, mode: "asOf" as const, date: value.date! } : { q: value.q, mode: "current" as const }),
    ...(value.departement ? { departementCode: value.departement } : {}),
  }));

export const paysSearchParamsSchema = z.object({
  q: z.string().trim().min(1, "Saisissez le nom d'un pays.").max(100, "100 caractères au plus."),
});
