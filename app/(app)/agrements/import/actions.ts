"use server";

import { revalidatePath } from "next/cache";
import { applyValceImport, previewValceImport, type ValcePreview } from "@/lib/agrements/valce/apply";
import type { ValceSummary } from "@/lib/agrements/valce/plan";
import { cleanFileName, valceApplySchema, valceFileSchema } from "@/lib/agrements/valce/schemas";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";

export async function previewValceAction(form: FormData): Promise<Result<ValcePreview>> {
  const user = await requireUser();
  const parsed = valceFileSchema.safeParse({ fichier: form.get("fichier") });
  if (!parsed.success) return invalid(parsed.error);
  const { fichier } = parsed.data;
  return previewValceImport(user, new Uint8Array(await fichier.arrayBuffer()), cleanFileName(fichier.name));
}

export async function applyValceAction(form: FormData): Promise<Result<ValceSummary>> {
  const user = await requireUser();
  const parsed = valceApplySchema.safeParse({ fichier: form.get("fichier"), condense: form.get("condense") });
  if (!parsed.success) return invalid(parsed.error);
  const { fichier, condense } = parsed.data;
  const result = await applyValceImport(user, new Uint8Array(await fichier.arrayBuffer()), condense, cleanFileName(fichier.name));
  if (result.ok) {
    revalidatePath("/agrements", "layout");
    revalidatePath("/centres", "layout");
  }
  return result;
}
