import { z } from "zod";
import { userRoles } from "@/db/schema";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

export const PASSWORD_MIN_LENGTH = 12;

/** One definition of a valid user account, shared by the form (in the browser) and the server action. */
const userFields = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Saisissez l'adresse électronique.")
    .pipe(z.email({ error: "Saisissez une adresse électronique valide, par exemple prenom.nom@travail.gouv.fr." })),
  prenom: z.string().trim().min(1, "Saisissez le prénom.").max(100, "100 caractères au plus."),
  nom: z.string().trim().min(1, "Saisissez le nom.").max(100, "100 caractères au plus."),
  role: z.enum(userRoles, { error: "Choisissez un rôle." }),
  regionCode: optionalText,
  departementCode: optionalText,
  centreSiret: optionalText,
  password: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || v.length >= PASSWORD_MIN_LENGTH, {
      error: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
    }),
});

function checkScope(value: z.infer<typeof userFields>, ctx: z.RefinementCtx) {
  if (value.role === "regional" && !value.regionCode) {
    ctx.addIssue({ code: "custom", path: ["regionCode"], message: "Choisissez la région de rattachement de l'agent." });
  }
  if (value.role === "centre" && !value.centreSiret) {
    ctx.addIssue({ code: "custom", path: ["centreSiret"], message: "Saisissez le SIRET du centre de l'utilisateur." });
  }
  if (value.centreSiret && value.role === "centre" && !/^\d{14}$/.test(value.centreSiret.replace(/\s/g, ""))) {
    ctx.addIssue({ code: "custom", path: ["centreSiret"], message: "Un SIRET compte 14 chiffres." });
  }
}

export const createUserSchema = userFields.superRefine(checkScope);

export const updateUserSchema = userFields
  .extend({ id: z.uuid({ error: "Utilisateur inconnu." }), version: z.coerce.number().int().positive() })
  .superRefine(checkScope);

export const setUserActiveSchema = z.object({
  id: z.uuid({ error: "Utilisateur inconnu." }),
  active: z.boolean(),
  version: z.coerce.number().int().positive(),
  reason: z.string().trim().max(500, "500 caractères au plus.").optional(),
});

export const unbindOidcIdentitySchema = z.object({
  id: z.uuid({ error: "Utilisateur inconnu." }),
  version: z.coerce.number().int().positive(),
  reason: z.string().trim().max(500, "500 caractères au plus.").optional(),
});

export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserData = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type UpdateUserData = z.output<typeof updateUserSchema>;
export type SetUserActiveData = z.output<typeof setUserActiveSchema>;
export type UnbindOidcIdentityData = z.output<typeof unbindOidcIdentitySchema>;
