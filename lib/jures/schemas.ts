import { isIsoDate } from "@/lib/dates";
import { z } from "zod";
import { civilites, lienTypes } from "@/db/schema";
import { checkSiret } from "@/lib/centres/siret";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));
const isoDate = (message: string) => z.string().trim().refine(isIsoDate, message);
const optionalDate = (message: string) => optional.refine((v) => v === null || isIsoDate(v), message);
const communeCode = (message: string) => z.string().trim().toUpperCase().regex(/^[0-9][0-9AB][0-9]{3}$/, message);
const version = z.coerce.number().int().positive();

/** Identity, birth place (R6), residence, contact and employer of a juror: the form and the action share it. */
export const jureSchema = z
  .object({
    civilite: z.enum(civilites, { error: "Choisissez la civilité." }),
    nomNaissance: z.string().trim().min(1, "Saisissez le nom de naissance.").max(100, "100 caractères au plus."),
    nomUsage: optional.refine((v) => v === null || v.length <= 100, "100 caractères au plus."),
    prenoms: z.string().trim().min(1, "Saisissez le ou les prénoms.").max(150, "150 caractères au plus."),
    dateNaissance: isoDate("Saisissez la date de naissance."),
    lieuNaissance: z.enum(["france", "etranger"], { error: "Indiquez si la personne est née en France ou à l'étranger." }),
    naissanceCommuneCode: optional,
    naissancePaysCode: optional,
    naissanceVille: optional.refine((v) => v === null || v.length <= 100, "100 caractères au plus."),
    residenceCommuneCode: communeCode("Choisissez la commune de résidence dans la liste."),
    email: z
      .union([z.literal(""), z.email({ error: "Adresse électronique invalide, par exemple prenom.nom@exemple.fr." })])
      .optional()
      .transform((v) => (v ? v : null)),
    telephone: optional.refine((v) => v === null || /^(\+33\s?|0)[1-9](\s?\.?\d{2}){4}$/.test(v), "Numéro de téléphone invalide, par exemple 06 12 34 56 78."),
    employeurRaisonSociale: optional.refine((v) => v === null || v.length <= 200, "200 caractères au plus."),
    employeurSiret: optional.transform((value, ctx) => {
      if (value === null) return null;
      const check = checkSiret(value);
      if (!check.ok) {
        ctx.addIssue({ code: "custom", message: check.message.replace("du centre", "de l'employeur") });
        return z.NEVER;
      }
      return check.siret;
    }),
  })
  .superRefine((v, ctx) => {
    if (v.lieuNaissance === "france" && !(v.naissanceCommuneCode && /^[0-9][0-9AB][0-9]{3}$/i.test(v.naissanceCommuneCode))) {
      ctx.addIssue({ code: "custom", path: ["naissanceCommuneCode"], message: "Choisissez la commune de naissance dans la liste (la commune telle qu'elle était à la date de naissance)." });
    }
    if (v.lieuNaissance === "etranger" && !v.naissancePaysCode) ctx.addIssue({ code: "custom", path: ["naissancePaysCode"], message: "Choisissez le pays de naissance." });
    if (v.lieuNaissance === "etranger" && !v.naissanceVille) ctx.addIssue({ code: "custom", path: ["naissanceVille"], message: "Saisissez la ville de naissance." });
    if (v.employeurSiret && !v.employeurRaisonSociale) ctx.addIssue({ code: "custom", path: ["employeurRaisonSociale"], message: "Saisissez la raison sociale de l'employeur." });
  });

export const updateJureSchema = jureSchema.and(z.object({ id: z.uuid({ error: "Juré inconnu." }), version }));

export const lienSchema = z
  .object({
    jureId: z.uuid({ error: "Juré inconnu." }),
    jureVersion: version,
    id: z.uuid().optional(),
    centreSiret: z.string().transform((value, ctx) => {
      const check = checkSiret(value);
      if (!check.ok) {
        ctx.addIssue({ code: "custom", message: check.message });
        return z.NEVER;
      }
      return check.siret;
    }),
    type: z.enum(lienTypes, { error: "Choisissez la nature du lien." }),
    precision: optional.refine((v) => v === null || v.length <= 200, "200 caractères au plus."),
    dateDebut: isoDate("Saisissez la date de début du lien."),
    dateFin: optionalDate("Date de fin invalide."),
  })
  .refine((v) => v.dateFin === null || v.dateFin >= v.dateDebut, { path: ["dateFin"], message: "La fin du lien doit suivre son début." })
  .refine((v) => v.type !== "autre" || v.precision, { path: ["precision"], message: "Précisez la nature de ce lien." });

const competences = {
  dateDebutEmploi: optionalDate("Date de début d'emploi invalide."),
  dateDerniereOccupation: optionalDate("Date de dernière occupation invalide."),
  dateProfessionnalisation: optionalDate("Date de professionnalisation invalide."),
  commentaires: optional.refine((v) => v === null || v.length <= 2000, "2000 caractères au plus."),
};
const datesOrdonnees = (v: { dateDebutEmploi: string | null; dateDerniereOccupation: string | null }) =>
  !v.dateDebutEmploi || !v.dateDerniereOccupation || v.dateDebutEmploi <= v.dateDerniereOccupation;
const ordreMessage = { path: ["dateDerniereOccupation"], message: "La dernière occupation connue ne peut pas précéder le début de l'emploi." };

export const habilitationSchema = z
  .object({ jureId: z.uuid({ error: "Juré inconnu." }), titreVersionId: z.uuid({ error: "Choisissez la version du titre." }), ...competences })
  .refine(datesOrdonnees, ordreMessage);

export const competencesSchema = z.object({ id: z.uuid(), version, ...competences }).refine(datesOrdonnees, ordreMessage);

/** An agent who habilitates despite unmet criteria writes why: the justification is stored and audited. */
const derogation = optional.refine((v) => v === null || (v.length >= 10 && v.length <= 1000), "La justification compte de 10 à 1000 caractères.");

export const periodeSchema = z
  .object({
    habilitationId: z.uuid(),
    version,
    dateDebut: isoDate("Saisissez le début de la période."),
    dateFin: isoDate("Saisissez la fin de la période."),
    derogation,
  })
  .refine((v) => v.dateDebut <= v.dateFin, { path: ["dateFin"], message: "La fin de la période doit suivre son début." });

export const extensionSchema = z.object({
  habilitationId: z.uuid(),
  version,
  periodeId: z.uuid(),
  dateFin: isoDate("Saisissez la nouvelle fin de la période."),
  derogation,
});

export type JureInput = z.input<typeof jureSchema>;
export type JureData = z.output<typeof jureSchema>;
export type UpdateJureData = z.output<typeof updateJureSchema>;
export type LienData = z.output<typeof lienSchema>;
export type HabilitationData = z.output<typeof habilitationSchema>;
export type CompetencesData = z.output<typeof competencesSchema>;
export type PeriodeData = z.output<typeof periodeSchema>;
export type ExtensionData = z.output<typeof extensionSchema>;
