import { isIsoDate } from "@/lib/dates";
import { z } from "zod";

const isoDate = (message: string) => z.string().trim().refine(isIsoDate, message);

export const requestAgrementSchema = z.object({
  centreId: z.uuid({ error: "Centre inconnu." }),
  titreVersionId: z.uuid({ error: "Choisissez la version du titre." }),
  siteId: z.uuid({ error: "Choisissez le site." }),
});

export const decideAgrementSchema = z.discriminatedUnion("decision", [
  z
    .object({
      decision: z.literal("accepter"),
      id: z.uuid(),
      version: z.coerce.number().int().positive(),
      dateDecision: isoDate("Saisissez la date de la décision."),
      validFrom: isoDate("Saisissez le début de validité."),
      validTo: isoDate("Saisissez la fin de validité."),
    })
    .refine((v) => v.validFrom <= v.validTo, { path: ["validTo"], message: "La fin de validité doit suivre son début." }),
  z.object({
    decision: z.literal("refuser"),
    id: z.uuid(),
    version: z.coerce.number().int().positive(),
    dateDecision: isoDate("Saisissez la date de la décision."),
    motif: z.string().trim().min(5, "Indiquez le motif du refus : il est communiqué au centre.").max(1000, "1000 caractères au plus."),
  }),
]);

export const withdrawAgrementSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  motif: z.string().trim().min(5, "Indiquez le motif du retrait : il est communiqué au centre.").max(1000, "1000 caractères au plus."),
});

export type RequestAgrementData = z.output<typeof requestAgrementSchema>;
export type DecideAgrementData = z.output<typeof decideAgrementSchema>;
export type WithdrawAgrementData = z.output<typeof withdrawAgrementSchema>;
