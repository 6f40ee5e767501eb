import { z } from "zod";
import { isIsoDate } from "@/lib/dates";

/** A session lasts a few days: the longest accepted (the R1 and R4 checks run day by day). */
export const SESSION_MAX_JOURS = 31;
export const CAPACITE_MAX = 500;

const day = (message: string) => z.string().trim().refine(isIsoDate, message);
const heure = (message: string) => z.string().trim().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, message);

/** The planning fields the creation and edit forms share (R2: the convocation follows the first day until edited). */
const planning = {
  dateDebut: day("Saisissez le premier jour de la session."),
  dateFin: day("Saisissez le dernier jour de la session."),
  heureDebut: heure("Saisissez l'heure de début, par exemple 08:00."),
  convocationSaisie: z.boolean(),
  convocationDate: day("Saisissez le jour de la convocation."),
  convocationHeure: heure("Saisissez l'heure de la convocation, par exemple 08:00."),
  capacite: z.coerce
    .number({ error: "Saisissez le nombre de places." })
    .int("Le nombre de places est un nombre entier.")
    .min(1, "La session compte au moins une place.")
    .max(CAPACITE_MAX, `${CAPACITE_MAX} places au plus.`),
  siteId: z.uuid({ error: "Choisissez le site." }),
  type: z.enum(["titre", "ccp"], { error: "Choisissez la nature de la session." }),
  ccpIds: z.array(z.uuid({ error: "CCP inconnu." })).default([]),
};

type PlanningShape = { dateDebut: string; dateFin: string; convocationSaisie: boolean; convocationDate: string; type: "titre" | "ccp"; ccpIds: string[] };

function checkPlanning(v: PlanningShape, ctx: z.RefinementCtx) {
  if (v.dateFin < v.dateDebut) ctx.addIssue({ code: "custom", path: ["dateFin"], message: "Le dernier jour ne peut pas précéder le premier jour." });
  else if ((Date.parse(v.dateFin) - Date.parse(v.dateDebut)) / 86_400_000 >= SESSION_MAX_JOURS) {
    ctx.addIssue({ code: "custom", path: ["dateFin"], message: `Une session dure ${SESSION_MAX_JOURS} jours au plus.` });
  }
  if (v.convocationSaisie && v.convocationDate > v.dateFin) {
    ctx.addIssue({ code: "custom", path: ["convocationDate"], message: "La convocation ne peut pas être après le dernier jour de la session." });
  }
  if (v.type === "ccp" && v.ccpIds.length === 0) ctx.addIssue({ code: "custom", path: ["ccpIds"], message: "Choisissez au moins un CCP évalué pendant la session." });
}

export const createSessionSchema = z
  .object({ centreId: z.uuid({ error: "Choisissez le centre." }), titreVersionId: z.uuid({ error: "Choisissez le titre." }), ...planning })
  .superRefine(checkPlanning);

export const updateSessionSchema = z
  .object({ id: z.uuid({ error: "Session inconnue." }), version: z.coerce.number().int().positive(), ...planning })
  .superRefine(checkPlanning);

export const sessionTransitionSchema = z.object({
  id: z.uuid({ error: "Session inconnue." }),
  version: z.coerce.number().int().positive(),
  transition: z.enum(["declarer", "annuler", "renvoyer", "valider", "saisir_resultats", "transmettre"], { error: "Action inconnue." }),
  motif: z
    .string()
    .trim()
    .max(500, "500 caractères au plus.")
    .optional()
    .transform((v) => (v ? v : null)),
});

export type CreateSessionInput = z.input<typeof createSessionSchema>;
export type CreateSessionData = z.output<typeof createSessionSchema>;
export type UpdateSessionInput = z.input<typeof updateSessionSchema>;
export type UpdateSessionData = z.output<typeof updateSessionSchema>;
export type SessionTransitionData = z.output<typeof sessionTransitionSchema>;
