"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { applyImportSchema, NO_FILE, readUploadedFile } from "@/lib/import-upload";
import { applyJuresImport, previewJuresImport, type JuresImportPreview } from "@/lib/jures/import/apply";
import type { summarize } from "@/lib/jures/import/plan";
import { invalid, refuse, type Result } from "@/lib/result";

/** The dry run: the file is read and compared with the jurors, nothing is written. */
export async function previewJuresImportAction(formData: FormData): Promise<Result<JuresImportPreview>> {
  const user = await requireUser();
  const file = await readUploadedFile(formData);
  if (!file) return refuse(NO_FILE, { fichier: [NO_FILE] });
  return previewJuresImport(user, file.bytes);
}

/** Applies the same file, provided the jurors did not change since its dry run (same digest). */
export async function applyJuresImportAction(formData: FormData): Promise<Result<ReturnType<typeof summarize>>> {
  const user = await requireUser();
  const parsed = applyImportSchema.safeParse({ digest: formData.get("digest") });
  if (!parsed.success) return invalid(parsed.error);
  const file = await readUploadedFile(formData);
  if (!file) return refuse(NO_FILE, { fichier: [NO_FILE] });
  const result = await applyJuresImport(user, file.bytes, parsed.data.digest, file.name);
  if (result.ok) revalidatePath("/jures", "layout");
  return result;
}
