"use server";

import { revalidatePath } from "next/cache";
import { canImportValce } from "@/lib/agrements/permissions";
import { applyValceImport, previewValceImport, type ValcePreview } from "@/lib/agrements/valce/apply";
import { VALCE_UPLOAD } from "@/lib/agrements/valce/parse";
import type { ValceSummary } from "@/lib/agrements/valce/plan";
import { requireUser } from "@/lib/auth/auth-session";
import { digestSchema, receiveUpload } from "@/lib/import/upload";
import { invalid, type Result } from "@/lib/result";

const nothingChanged = <T>(refusal: Extract<Result<T>, { ok: false }>): Result<T> => ({ ...refusal, message: `${refusal.message} Rien n'a été modifié.` });

export async function previewValceAction(form: FormData): Promise<Result<ValcePreview>> {
  const user = await requireUser();
  const upload = await receiveUpload(form, VALCE_UPLOAD, canImportValce(user));
  if (!upload.ok) return nothingChanged(upload);
  return previewValceImport(user, upload.data.bytes, upload.data.name);
}

export async function applyValceAction(form: FormData): Promise<Result<ValceSummary>> {
  const user = await requireUser();
  const digest = digestSchema.safeParse(form.get("digest"));
  if (!digest.success) return invalid(digest.error);
  const upload = await receiveUpload(form, VALCE_UPLOAD, canImportValce(user));
  if (!upload.ok) return nothingChanged(upload);
  const result = await applyValceImport(user, upload.data.bytes, digest.data, upload.data.name);
  if (result.ok) {
    revalidatePath("/agrements", "layout");
    revalidatePath("/centres", "layout");
  }
  return result;
}
