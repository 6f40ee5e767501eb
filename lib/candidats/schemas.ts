import { z } from "zod";
import { parcoursTypes } from "@/db/schema";
import { isIsoDate, parseFrenchDate } from "@/lib/dates";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));
const communeCode = /^[0-9][0-9AB][0-9]{3}$/i;
const version = z.coerce.number().int().positive();

/** JJ/MM/AAAA as typed (AAAA-MM-JJ accepted too, from a date field or a file): the ISO day, or an error. */
const dateNaissance = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const iso = isIsoDate(value) ? value : parseFrenchDate(value);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: "Saisissez la date de naissance au format JJ/MM/AAAA, par exemple 12/03/1990." });
      return z.NEVER;
    }
    return iso;
  });

/**
 * A candidate's identity (R5), birth place as of the birth date (R6), residence and contact: the form, the
 * server action and the import share it.
 */
export const candidatSchema = z
  .object({
    civilite: z.enum(["Madame", "Monsieur"], { error: "Choisissez la civilité." }),
    nomNaissance: z.string().trim().min(1, "Saisissez le nom de naissance.").max(100, "100 caractères au plus."),
    nomUsage: optional.refine((v) => v === null || v.length <= 100, "100 caractères au plus."),
    prenoms: z.string().trim().min(1, "Saisissez tous les prénoms.").max(150, "150 caractères au plus."),
    dateNaissance,
    lieuNaissance: z.enum(["france", "etranger"], { error: "Indiquez si la personne est née en France ou à l'étranger." }),
    naissanceCommuneCode: optional,
    naissancePaysCode: optional,
    naissanceVille: optional.refine((v) => v === null || v.length <= 100, "100 caractères au plus."),
    residenceCommuneCode: optional.refine((v) => v === null || communeCode.test(v), "Choisissez la commune de résidence dans la liste."),
    adresse: optional.refine((v) => v === null || v.length <= 200, "200 caractères au plus."),
    codePostal: optional.refine((v) => v === null || /^\d{5}$/.test(v), "Le code postal compte 5 chiffres."),
    email: z
      .union([z.literal(""), z.email({ error: "Adresse électronique invalide, par exemple prenom.nom@exemple.fr." })])
      .optional()
      .transform((v) => (v ? v : null)),
    telephone: optional.refine((v) => v === null || /^(\+\d{2,3}\s?|0)[1-9](\s?\.?\d{2}){4}$/.test(v), "Numéro de téléphone invalide, par exemple 06 12 34 56 78."),
  })
  .superRefine((v, ctx) => {
    if (v.lieuNaissance === "france" && !(v.naissanceCommuneCode && communeCode.test(v.naissanceCommuneCode))) {
      ctx.addIssue({ code: "custom", path: ["naissanceCommuneCode"], message: "Choisissez la commune de naissance dans la liste (la commune telle qu'elle était à la date de naissance)." });
    }
    if (v.lieuNaissance === "etranger" && !v.naissancePaysCode) ctx.addIssue({ code: "custom", path: ["naissancePaysCode"], message: "Choisissez le pays de naissance." });
    if (v.lieuNaissance === "etranger" && !v.naissanceVille) ctx.addIssue({ code: "custom", path: ["naissanceVille"], message: "Saisissez la ville de naissance." });
  });

/**
 * A creation: the identity, and — once close records were shown — the confirmation "Créer quand même" with
 * the ids of the records the user saw (recorded in the audit event).
 */
export const createCandidatSchema = candidatSchema.and(
  z.object({
    confirmeMalgreProches: z.boolean().optional().default(false),
    prochesVus: z.array(z.uuid()).max(50).optional().default([]),
  }),
);

export const updateCandidatSchema = candidatSchema.and(z.object({ id: z.uuid({ error: "Candidat inconnu." }), version }));

export const inscriptionSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  candidatId: z.uuid({ error: "Choisissez un candidat." }),
  parcours: z.enum(parcoursTypes, { error: "Choisissez le parcours." }),
});

export const desinscriptionSchema = z.object({ sessionId: z.uuid(), inscriptionId: z.uuid() });

export type CandidatInput = z.input<typeof candidatSchema>;
export type CandidatData = z.output<typeof candidatSchema>;
export type CreateCandidatData = z.output<typeof createCandidatSchema>;
export type UpdateCandidatData = z.output<typeof updateCandidatSchema>;
export type InscriptionData = z.output<typeof inscriptionSchema>;
export type DesinscriptionData = z.output<typeof desinscriptionSchema>;
