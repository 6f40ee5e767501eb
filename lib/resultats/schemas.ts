import { z } from "zod";
import { decisionsResultat, issuesCcp, presencesCandidat } from "@/db/schema";

/** One row of the results screen, as saved: a CCP left out of `issues` has no outcome yet. */
export const saisirResultatSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  inscriptionId: z.uuid({ error: "Candidat inconnu." }),
  /** The row's version as displayed (0: nothing saved yet), the optimistic lock. */
  version: z.coerce.number().int().min(0),
  presence: z.enum(presencesCandidat, { error: "Choisissez présent ou absent." }).nullable(),
  decision: z.enum(decisionsResultat, { error: "Décision inconnue." }).nullable(),
  issues: z.record(z.uuid({ error: "CCP inconnu." }), z.enum(issuesCcp, { error: "Résultat de CCP inconnu." })).default({}),
});

export type SaisirResultatInput = z.input<typeof saisirResultatSchema>;
export type SaisirResultatData = z.output<typeof saisirResultatSchema>;
