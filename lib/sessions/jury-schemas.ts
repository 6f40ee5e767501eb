import { z } from "zod";

/** The jurors selected in the list to convene; the server checks R4 again whatever the browser showed. */
export const convokeJuresSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  jureIds: z.array(z.uuid({ error: "Juré inconnu." })).min(1, "Sélectionnez au moins un juré à convoquer.").max(50, "50 jurés au plus à la fois."),
});

export const removeJureSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  jureId: z.uuid({ error: "Juré inconnu." }),
  motif: z.string().trim().min(1, "Indiquez le motif du retrait.").max(500, "500 caractères au plus."),
});

export type ConvokeJuresValues = z.input<typeof convokeJuresSchema>;
export type RemoveJureValues = z.input<typeof removeJureSchema>;
