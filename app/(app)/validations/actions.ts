"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/auth-session";
import { rectifierResultat, rectifierResultatSchema } from "@/lib/resultats/rectifier-resultat";
import { validerSession, validerSessionSchema, type ValidationFaite } from "@/lib/resultats/valider-session";
import { invalid, type Result } from "@/lib/result";
import { fireTransition } from "@/lib/sessions/fire-transition";

function revalidateSession(id: string) {
  revalidatePath("/validations");
  revalidatePath(`/validations/${id}`);
  revalidatePath(`/sessions/${id}`, "layout");
}

export async function validerSessionAction(input: unknown): Promise<Result<ValidationFaite>> {
  const user = await requireUser();
  const parsed = validerSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await validerSession(user, parsed.data);
  if (result.ok) revalidateSession(parsed.data.id);
  return result;
}

const renvoyerSchema = validerSessionSchema.extend({
  motif: z.string().trim().min(1, "Indiquez le motif du renvoi.").max(500, "500 caractères au plus."),
});

export async function renvoyerSessionAction(input: unknown): Promise<Result<{ statut: string }>> {
  const user = await requireUser();
  const parsed = renvoyerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await fireTransition(user, { ...parsed.data, transition: "renvoyer" });
  if (result.ok) revalidateSession(parsed.data.id);
  return result;
}

export async function rectifierResultatAction(sessionId: string, input: unknown): Promise<Result<{ parcheminAnnule: boolean; parcheminDelivre: boolean; livretDelivre: boolean }>> {
  const user = await requireUser();
  const parsed = rectifierResultatSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await rectifierResultat(user, parsed.data);
  if (result.ok && z.uuid().safeParse(sessionId).success) revalidateSession(sessionId);
  return result;
}
