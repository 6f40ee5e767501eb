"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";
import { createSession } from "@/lib/sessions/create-session";
import { fireTransition } from "@/lib/sessions/fire-transition";
import { createSessionSchema, sessionTransitionSchema, updateSessionSchema } from "@/lib/sessions/schemas";
import { updateSession } from "@/lib/sessions/update-session";

export async function createSessionAction(input: unknown): Promise<Result<{ id: string; numero: string }>> {
  const user = await requireUser();
  const parsed = createSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createSession(user, parsed.data);
  if (result.ok) revalidatePath("/sessions");
  return result;
}

export async function updateSessionAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = updateSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateSession(user, parsed.data);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.id}`, "layout");
  return result;
}

export async function fireSessionTransitionAction(input: unknown): Promise<Result<{ statut: string }>> {
  const user = await requireUser();
  const parsed = sessionTransitionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await fireTransition(user, parsed.data);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.id}`, "layout");
  return result;
}
