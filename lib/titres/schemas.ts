import { z } from "zod";
import { isIsoDate } from "@/lib/dates";

export const TITRE_CODE = /^TP-\d{5}$/;
export const RNCP_CODE = /^RNCP\d{1,6}$/;
export const MILLESIME = /^\d{2}$/;
// Kept for the import modules, which name it from here.
export { isIsoDate } from "@/lib/dates";

/** "334 t" and "334T" are written "334t". */
export function normalizeNsf(value: string): string {
  return value.replace(/\s+/g, "").toLowerCase();
}

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

export const titreSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(TITRE_CODE, "Le code d'un titre s'écrit TP- suivi de 5 chiffres, par exemple TP-00391."),
  intitule: z.string().trim().min(1, "Saisissez l'intitulé du titre.").max(300, "300 caractères au plus."),
  sigle: optional.refine((v) => v === null || v.length <= 20, "20 caractères au plus."),
});

/** A version as a person enters it: NSF, level and version date are required here (legacy imports may lack them). */
export const versionSchema = z
  .object({
    millesime: optional.refine((v) => v === null || MILLESIME.test(v), "Le millésime s'écrit sur 2 chiffres, par exemple 07."),
    dateVersion: z.string().trim().refine(isIsoDate, "Saisissez la date de l'arrêté de la version (JJ/MM/AAAA)."),
    // An empty select must read "choose", not "out of range" (Number("") is 0).
    niveau: z.preprocess(
      emptyAsUndefined,
      z.coerce.number({ error: "Choisissez le niveau (3 à 7)." }).int().min(3, "Le niveau va de 3 à 7.").max(7, "Le niveau va de 3 à 7."),
    ),
    rncp: optional.refine(
      (v) => v === null || RNCP_CODE.test(v.toUpperCase()),
      "Le numéro RNCP s'écrit RNCP suivi de chiffres, par exemple RNCP37715.",
    ),
    nsfCode: z.string().trim().min(1, "Le code NSF est obligatoire : il est imprimé sur le parchemin.").transform(normalizeNsf),
    finDeVie: optional.refine((v) => v === null || isIsoDate(v), "Date de fin de vie invalide."),
  })
  .superRefine((v, ctx) => {
    if (v.finDeVie && v.finDeVie <= v.dateVersion) {
      ctx.addIssue({ code: "custom", path: ["finDeVie"], message: "La fin de vie doit être postérieure à la date de la version." });
    }
  })
  .transform((v) => ({ ...v, rncp: v.rncp ? v.rncp.toUpperCase() : null }));

export const ccpSchema = z.object({
  numero: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: "Saisissez le numéro du CCP (1, 2, 3…)." }).int("Le numéro est un nombre entier.").min(1, "Le numéro commence à 1.").max(20, "20 CCP au plus."),
  ),
  libelle: z.string().trim().min(1, "Saisissez l'intitulé du CCP.").max(300, "300 caractères au plus."),
});

const lockVersion = z.coerce.number().int().positive();
const uuid = (message: string) => z.uuid({ error: message });

/** Which row a form changes, and the lock counter it was read with (optimistic locking). */
export const titreRefSchema = z.object({ id: uuid("Titre inconnu."), version: lockVersion });
export const newVersionRefSchema = z.object({ titreId: uuid("Titre inconnu.") });
/** CCPs are part of their version: their changes are checked against the version's counter. */
export const versionRefSchema = z.object({ titreId: uuid("Titre inconnu."), versionId: uuid("Version inconnue."), version: lockVersion });
export const ccpRefSchema = versionRefSchema.extend({ ccpId: uuid("CCP inconnu.") });

export type TitreInput = z.input<typeof titreSchema>;
export type VersionInput = z.input<typeof versionSchema>;
export type CcpInput = z.input<typeof ccpSchema>;
export type TitreData = z.output<typeof titreSchema>;
export type VersionData = z.output<typeof versionSchema>;
export type CcpData = z.output<typeof ccpSchema>;
export type TitreRef = z.output<typeof titreRefSchema>;
export type NewVersionRef = z.output<typeof newVersionRefSchema>;
export type VersionRef = z.output<typeof versionRefSchema>;
export type CcpRef = z.output<typeof ccpRefSchema>;
