import { isIsoDate } from "@/lib/dates";
import { z } from "zod";
import { reseauxCentre, typesCentre } from "@/db/schema";
import { checkSiret } from "./siret";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

const communeCode = z.string().trim().regex(/^[0-9][0-9AB][0-9]{3}$/, "Choisissez la commune dans la liste.");
const codePostal = z.string().trim().regex(/^\d{5}$/, "Le code postal compte 5 chiffres.");
const adresse = z.string().trim().min(1, "Saisissez l'adresse.").max(300, "300 caractères au plus.");

/** Identity of a centre, as regional and national agents enter it. */
export const centreSchema = z.object({
  siret: z.string().transform((value, ctx) => {
    const check = checkSiret(value);
    if (!check.ok) {
      ctx.addIssue({ code: "custom", message: check.message });
      return z.NEVER;
    }
    return check.siret;
  }),
  raisonSociale: z.string().trim().min(1, "Saisissez la raison sociale.").max(200, "200 caractères au plus."),
  adresse,
  codePostal,
  communeCode,
  reseaux: z.array(z.enum(reseauxCentre, { error: "Réseau inconnu." })).default([]),
});

export const updateCentreSchema = centreSchema.omit({ siret: true }).extend({
  id: z.uuid({ error: "Centre inconnu." }),
  version: z.coerce.number().int().positive(),
});

/** The type holds from a date; an empty type records that it is no longer known ("-"). */
export const centreTypeSchema = z.object({
  id: z.uuid({ error: "Centre inconnu." }),
  version: z.coerce.number().int().positive(),
  typeCentre: z.union([z.enum(typesCentre), z.literal("")], { error: "Type de centre inconnu." }).transform((v) => (v === "" ? null : v)),
  validFrom: z.string().trim().refine(isIsoDate, "Saisissez la date à partir de laquelle ce type s'applique."),
});

export const representantSchema = z.object({
  id: z.uuid({ error: "Centre inconnu." }),
  version: z.coerce.number().int().positive(),
  civilite: z.union([z.enum(["Madame", "Monsieur"]), z.literal("")]).transform((v) => (v === "" ? null : v)),
  nom: z.string().trim().min(1, "Saisissez le nom du représentant.").max(100, "100 caractères au plus."),
  prenom: z.string().trim().min(1, "Saisissez le prénom du représentant.").max(100, "100 caractères au plus."),
  fonction: optional,
  email: z.union([z.literal(""), z.email({ error: "Adresse électronique invalide, par exemple prenom.nom@centre.fr." })]).transform((v) => (v === "" ? null : v)),
  telephone: optional.refine((v) => v === null || /^(\+33\s?|0)[1-9](\s?\.?\d{2}){4}$/.test(v), "Numéro de téléphone invalide, par exemple 04 66 00 00 00."),
});

export const siteSchema = z.object({
  centreId: z.uuid({ error: "Centre inconnu." }),
  id: z.uuid().optional(),
  version: z.coerce.number().int().positive().optional(),
  libelle: z.string().trim().min(1, "Saisissez le nom du site.").max(150, "150 caractères au plus."),
  adresse,
  codePostal,
  communeCode,
});

export type CentreInput = z.input<typeof centreSchema>;
export type CentreData = z.output<typeof centreSchema>;
export type UpdateCentreData = z.output<typeof updateCentreSchema>;
export type CentreTypeData = z.output<typeof centreTypeSchema>;
export type RepresentantData = z.output<typeof representantSchema>;
export type SiteData = z.output<typeof siteSchema>;
