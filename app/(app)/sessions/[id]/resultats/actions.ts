"use server";

import { revalidatePath } from "next/cache";
import type { DecisionResultat, PresenceCandidat } from "@/db/schema";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";
import { saisirResultat } from "@/lib/resultats/saisir-resultat";
import { saisirResultatSchema } from "@/lib/resultats/schemas";

export async function saisirResultatAction(input: unknown): Promise<Result<{ version: number; presence: PresenceCandidat | null; decision: DecisionResultat | null }>> {
  const user = await requireUser();
  const parsed = saisirResultatSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await saisirResultat(user, parsed.data);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.sessionId}`, "layout");
  return result;
}
