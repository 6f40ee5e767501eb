"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { createCandidat, type CreationOutcome } from "@/lib/candidats/create-candidat";
import { desinscrireCandidat } from "@/lib/candidats/desinscrire-candidat";
import { inscrireCandidat } from "@/lib/candidats/inscrire-candidat";
import { createCandidatSchema, desinscriptionSchema, inscriptionSchema, updateCandidatSchema } from "@/lib/candidats/schemas";
import { updateCandidat } from "@/lib/candidats/update-candidat";
import { invalid, type Result } from "@/lib/result";

export async function createCandidatAction(input: unknown): Promise<Result<CreationOutcome>> {
  const user = await requireUser();
  const parsed = createCandidatSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createCandidat(user, parsed.data);
  if (result.ok && result.data.statut === "cree") revalidatePath("/candidats");
  return result;
}

export async function updateCandidatAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = updateCandidatSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateCandidat(user, parsed.data);
  if (result.ok) revalidatePath(`/candidats/${parsed.data.id}`, "layout");
  return result;
}

export async function inscrireCandidatAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = inscriptionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await inscrireCandidat(user, parsed.data);
  if (result.ok) {
    revalidatePath(`/sessions/${parsed.data.sessionId}`, "layout");
    revalidatePath(`/candidats/${parsed.data.candidatId}`, "layout");
  }
  return result;
}

export async function desinscrireCandidatAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = desinscriptionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await desinscrireCandidat(user, parsed.data);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.sessionId}`, "layout");
  return result;
}
