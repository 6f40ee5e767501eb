"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { applyImportSchema, NO_FILE, readUploadedFile } from "@/lib/import-upload";
import { invalid, refuse, type Result } from "@/lib/result";
import { applyTitresImport, previewTitresImport, type ImportPreview } from "@/lib/titres/import/apply";
import type { ImportSummary } from "@/lib/titres/import/plan";

/** The dry run: the file is read and compared with the titles, nothing is written. */
export async function previewImportAction(formData: FormData): Promise<Result<ImportPreview>> {
  const user = await requireUser();
  const file = await readUploadedFile(formData);
  if (!file) return refuse(NO_FILE, { fichier: [NO_FILE] });
  return previewTitresImport(user, file.bytes);
}

/** Applies the same file, provided the titles did not change since its dry run (same digest). */
export async function applyImportAction(formData: FormData): Promise<Result<ImportSummary>> {
  const user = await requireUser();
  const parsed = applyImportSchema.safeParse({ digest: formData.get("digest") });
  if (!parsed.success) return invalid(parsed.error);
  const file = await readUploadedFile(formData);
  if (!file) return refuse(NO_FILE, { fichier: [NO_FILE] });
  const result = await applyTitresImport(user, file.bytes, parsed.data.digest, file.name);
  if (result.ok) revalidatePath("/titres", "layout");
  return result;
}
