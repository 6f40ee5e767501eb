"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { applyCandidatsImport, previewCandidatsImport, type CandidatsImportPreview, type CandidatsImportSummary } from "@/lib/candidats/import/session-import";
import { CANDIDATS_UPLOAD } from "@/lib/candidats/import/parse";
import { isUuid } from "@/lib/ids";
import { digestSchema, receiveUpload } from "@/lib/import/upload";
import { invalid, type Result } from "@/lib/result";

/** The dry run: each line compared with the records (R5) and the session, nothing written. */
export async function previewCandidatsImportAction(formData: FormData): Promise<Result<CandidatsImportPreview>> {
  const user = await requireUser();
  const sessionId = formData.get("sessionId");
  const upload = await receiveUpload(formData, CANDIDATS_UPLOAD, isUuid(sessionId));
  if (!upload.ok) return upload;
  return previewCandidatsImport(user, String(sessionId), upload.data.bytes);
}

export async function applyCandidatsImportAction(formData: FormData): Promise<Result<CandidatsImportSummary>> {
  const user = await requireUser();
  const sessionId = formData.get("sessionId");
  const digest = digestSchema.safeParse(formData.get("digest"));
  if (!digest.success) return invalid(digest.error);
  const upload = await receiveUpload(formData, CANDIDATS_UPLOAD, isUuid(sessionId));
  if (!upload.ok) return upload;
  const result = await applyCandidatsImport(user, String(sessionId), upload.data.bytes, digest.data);
  if (result.ok) revalidatePath(`/sessions/${String(sessionId)}`, "layout");
  return result;
}
