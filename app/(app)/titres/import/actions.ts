"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { digestSchema, receiveUpload } from "@/lib/import/upload";
import { invalid, type Result } from "@/lib/result";
import { applyTitresImport, previewTitresImport, type ImportPreview } from "@/lib/titres/import/apply";
import { TITRES_UPLOAD } from "@/lib/titres/import/parse";
import type { ImportSummary } from "@/lib/titres/import/plan";
import { canEditReferentiels } from "@/lib/titres/permissions";

/** The dry run: the file is read and compared with the titles, nothing is written. */
export async function previewImportAction(formData: FormData): Promise<Result<ImportPreview>> {
  const user = await requireUser();
  const upload = await receiveUpload(formData, TITRES_UPLOAD, canEditReferentiels(user));
  if (!upload.ok) return upload;
  return previewTitresImport(user, upload.data.bytes);
}

/** Applies the same file, provided the titles did not change since its dry run (same digest). */
export async function applyImportAction(formData: FormData): Promise<Result<ImportSummary>> {
  const user = await requireUser();
  const digest = digestSchema.safeParse(formData.get("digest"));
  if (!digest.success) return invalid(digest.error);
  const upload = await receiveUpload(formData, TITRES_UPLOAD, canEditReferentiels(user));
  if (!upload.ok) return upload;
  const result = await applyTitresImport(user, upload.data.bytes, digest.data, upload.data.name);
  if (result.ok) revalidatePath("/titres", "layout");
  return result;
}
