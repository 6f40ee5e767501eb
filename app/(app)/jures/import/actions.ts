"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { applyJuresImport, previewJuresImport, type JuresImportPreview } from "@/lib/jures/import/apply";
import type { summarize } from "@/lib/jures/import/plan";
import { invalid, refuse, type Result } from "@/lib/result";

const NO_FILE = "Choisissez un fichier CSV à importer.";
const applySchema = z.object({ digest: z.string().regex(/^[0-9a-f]{64}$/, "Relancez la simulation avant d'appliquer l'import.") });

async function readFile(formData: FormData): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = formData.get("fichier");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The dry run: the file is read and compared with the jurors, nothing is written. */
export async function previewJuresImportAction(formData: FormData): Promise<Result<JuresImportPreview>> {
  const user = await requireUser();
  const file = await readFile(formData);
  if (!file) return refuse(NO_FILE, { fichier: [NO_FILE] });
  return previewJuresImport(user, file.bytes);
}

/** Applies the same file, provided the jurors did not change since its dry run (same digest). */
export async function applyJuresImportAction(formData: FormData): Promise<Result<ReturnType<typeof summarize>>> {
  const user = await requireUser();
  const parsed = applySchema.safeParse({ digest: formData.get("digest") });
  if (!parsed.success) return invalid(parsed.error);
  const file = await readFile(formData);
  if (!file) return refuse(NO_FILE, { fichier: [NO_FILE] });
  const result = await applyJuresImport(user, file.bytes, parsed.data.digest, file.name);
  if (result.ok) revalidatePath("/jures", "layout");
  return result;
}
