"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import type { SessionStatut } from "@/db/schema";
import { invalid, type Result } from "@/lib/result";
import { convokeJures } from "@/lib/sessions/convoke-jures";
import { convokeJuresSchema, removeJureSchema } from "@/lib/sessions/jury-schemas";
import { removeJure } from "@/lib/sessions/remove-jure";

export async function convokeJuresAction(input: unknown): Promise<Result<{ convoques: number; statut: SessionStatut }>> {
  const user = await requireUser();
  const parsed = convokeJuresSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await convokeJures(user, parsed.data);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.sessionId}`, "layout");
  return result;
}

export async function removeJureAction(input: unknown): Promise<Result<{ statut: SessionStatut }>> {
  const user = await requireUser();
  const parsed = removeJureSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await removeJure(user, parsed.data);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.sessionId}`, "layout");
  return result;
}
