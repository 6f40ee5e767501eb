import { z } from "zod";
import { MAX_VALCE_BYTES } from "./decode";

/** The uploaded export, as the server action receives it (the same limits the page announces). */
export const valceFileSchema = z.object({
  fichier: z
    .instanceof(File, { message: "Choisissez le fichier exporté de VALCE." })
    .refine((f) => f.size > 0, "Le fichier est vide.")
    .refine((f) => f.size <= MAX_VALCE_BYTES, `Le fichier dépasse ${MAX_VALCE_BYTES / 1024 / 1024} Mo : découpez-le par département ou par année.`),
});

export const valceApplySchema = valceFileSchema.extend({
  condense: z.string().regex(/^[0-9a-f]{64}$/, "Relancez la simulation avant d'appliquer l'import."),
});

/** The name kept in the history: the last path segment, without control characters, 200 characters at most. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const printable = [...base].filter((c) => c >= " " && c !== "\u007f").join("");
  return printable.slice(0, 200) || "export.csv";
}
