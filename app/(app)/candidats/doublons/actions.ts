"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { ecarterDoublon, ecarterDoublonSchema } from "@/lib/candidats/merge/ecarter-doublon";
import { mergeCandidatsSchema } from "@/lib/candidats/merge/fields";
import { mergeCandidats } from "@/lib/candidats/merge/merge-candidats";
import { undoMerge, undoMergeSchema } from "@/lib/candidats/merge/undo-merge";
import { invalid, type Result } from "@/lib/result";

export async function mergeCandidatsAction(input: unknown): Promise<Result<{ fusionId: string; survivantId: string }>> {
  const user = await requireUser();
  const parsed = mergeCandidatsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await mergeCandidats(user, parsed.data);
  if (result.ok) {
    revalidatePath("/candidats/doublons");
    revalidatePath(`/candidats/${parsed.data.survivantId}`, "layout");
  }
  return result;
}

export async function ecarterDoublonAction(input: unknown): Promise<Result> {
  const user = await requireUser();
  const parsed = ecarterDoublonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await ecarterDoublon(user, parsed.data);
  if (result.ok) revalidatePath("/candidats/doublons");
  return result;
}

export async function undoMergeAction(input: unknown): Promise<Result<{ survivantId: string; fusionneId: string }>> {
  const user = await requireUser();
  const parsed = undoMergeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await undoMerge(user, parsed.data);
  if (result.ok) {
    revalidatePath("/candidats/doublons");
    revalidatePath(`/candidats/${result.data.survivantId}`, "layout");
    revalidatePath(`/candidats/${result.data.fusionneId}`, "layout");
  }
  return result;
}
