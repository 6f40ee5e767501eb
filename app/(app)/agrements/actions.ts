"use server";

import { revalidatePath } from "next/cache";
import { decideAgrement } from "@/lib/agrements/decide-agrement";
import { decideAgrementSchema, withdrawAgrementSchema } from "@/lib/agrements/schemas";
import { withdrawAgrement } from "@/lib/agrements/withdraw-agrement";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";

export async function decideAgrementAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = decideAgrementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await decideAgrement(user, parsed.data);
  if (result.ok) revalidatePath("/agrements", "layout");
  return result;
}

export async function withdrawAgrementAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = withdrawAgrementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await withdrawAgrement(user, parsed.data);
  if (result.ok) revalidatePath("/agrements", "layout");
  return result;
}
