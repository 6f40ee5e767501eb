"use server";

import { revalidatePath } from "next/cache";
import { requestAgrement } from "@/lib/agrements/request-agrement";
import { requestAgrementSchema } from "@/lib/agrements/schemas";
import { requireUser } from "@/lib/auth/auth-session";
import { createCentre } from "@/lib/centres/create-centre";
import { saveSite } from "@/lib/centres/save-site";
import { centreSchema, centreTypeSchema, representantSchema, siteSchema, updateCentreSchema } from "@/lib/centres/schemas";
import { setCentreType } from "@/lib/centres/set-centre-type";
import { updateCentre } from "@/lib/centres/update-centre";
import { updateRepresentant } from "@/lib/centres/update-representant";
import { invalid, type Result } from "@/lib/result";

export async function createCentreAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = centreSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createCentre(user, parsed.data);
  if (result.ok) revalidatePath("/centres");
  return result;
}

export async function updateCentreAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = updateCentreSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateCentre(user, parsed.data);
  if (result.ok) revalidatePath(`/centres/${parsed.data.id}`, "layout");
  return result;
}

export async function setCentreTypeAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = centreTypeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await setCentreType(user, parsed.data);
  if (result.ok) revalidatePath(`/centres/${parsed.data.id}`, "layout");
  return result;
}

export async function updateRepresentantAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = representantSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateRepresentant(user, parsed.data);
  if (result.ok) revalidatePath(`/centres/${parsed.data.id}`, "layout");
  return result;
}

export async function saveSiteAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = siteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await saveSite(user, parsed.data);
  if (result.ok) revalidatePath(`/centres/${parsed.data.centreId}`, "layout");
  return result;
}

export async function requestAgrementAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = requestAgrementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await requestAgrement(user, parsed.data);
  if (result.ok) revalidatePath(`/centres/${parsed.data.centreId}`, "layout");
  return result;
}
