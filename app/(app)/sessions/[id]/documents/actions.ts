"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/auth-session";
import { fail, type Result } from "@/lib/result";
import { sendConvocations, type SendConvocationsReport } from "@/lib/sessions/send-convocations";

const inputSchema = z.object({ sessionId: z.uuid() });

export async function sendConvocationsAction(input: unknown): Promise<Result<SendConvocationsReport>> {
  const user = await requireUser();
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return fail("introuvable", "Cette session est introuvable.");
  const result = await sendConvocations(user, parsed.data.sessionId);
  if (result.ok) revalidatePath(`/sessions/${parsed.data.sessionId}`, "layout");
  return result;
}
