"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { digestSchema, receiveUpload } from "@/lib/import/upload";
import { applyJuresImport, previewJuresImport, type JuresImportPreview } from "@/lib/jures/import/apply";
import { JURES_UPLOAD } from "@/lib/jures/import/parse";
import type { JuresImportSummary } from "@/lib/jures/import/plan";
import { canManageJures } from "@/lib/jures/permissions";
import { invalid, type Result } from "@/lib/result";

/** The dry run: the file is read and compared with the jurors, nothing is written. */
export async function previewJuresImportAction(formData: FormData): Promise<Result<JuresImportPreview>> {
  const user = await requireUser();
  const upload = await receiveUpload(formData, JURES_UPLOAD, canManageJures(user));
  if (!upload.ok) return upload;
  return previewJuresImport(user, upload.data.bytes);
}

/** Applies the same file, provided the jurors did not change since its dry run (same digest). */
export async function applyJuresImportAction(formData: FormData): Promise<Result<JuresImportSummary>> {
  const user = await requireUser();
  const digest = digestSchema.safeParse(formData.get("digest"));
  if (!digest.success) return invalid(digest.error);
  const upload = await receiveUpload(formData, JURES_UPLOAD, canManageJures(user));
  if (!upload.ok) return upload;
  const result = await applyJuresImport(user, upload.data.bytes, digest.data, upload.data.name);
  if (result.ok) revalidatePath("/jures", "layout");
  return result;
}
