"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";
import { updateUdCommuneSchema } from "@/lib/territoires/schemas";
import { updateUdCommune } from "@/lib/territoires/update-ud-commune";

export async function updateUdCommuneAction(input: unknown): Promise<Result<{ code: string }>> {
  const user = await requireUser();
  const parsed = updateUdCommuneSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateUdCommune(user, parsed.data);
  if (result.ok) revalidatePath("/referentiels/territoires", "layout");
  return result;
}
