import { z } from "zod";

/** What the import pages send: a file field "fichier" and, to apply, the digest of the dry run shown. */
export const NO_FILE = "Choisissez un fichier CSV à importer.";

export const applyImportSchema = z.object({
  digest: z.string().regex(/^[0-9a-f]{64}$/, "Relancez la simulation avant d'appliquer l'import."),
});

export async function readUploadedFile(formData: FormData): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = formData.get("fichier");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
