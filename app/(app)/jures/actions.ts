"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { addPeriode } from "@/lib/jures/add-periode";
import { createHabilitation } from "@/lib/jures/create-habilitation";
import { createJure } from "@/lib/jures/create-jure";
import { extendPeriode } from "@/lib/jures/extend-periode";
import { saveLien } from "@/lib/jures/save-lien";
import { competencesSchema, extensionSchema, habilitationSchema, jureSchema, lienSchema, periodeSchema, updateJureSchema } from "@/lib/jures/schemas";
import { updateCompetences } from "@/lib/jures/update-competences";
import { updateJure } from "@/lib/jures/update-jure";
import { invalid, type Result } from "@/lib/result";

export async function createJureAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = jureSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createJure(user, parsed.data);
  if (result.ok) revalidatePath("/jures");
  return result;
}

export async function updateJureAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = updateJureSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateJure(user, parsed.data);
  if (result.ok) revalidatePath(`/jures/${parsed.data.id}`, "layout");
  return result;
}

export async function saveLienAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = lienSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await saveLien(user, parsed.data);
  if (result.ok) revalidatePath(`/jures/${parsed.data.jureId}`, "layout");
  return result;
}

export async function createHabilitationAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = habilitationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createHabilitation(user, parsed.data);
  if (result.ok) revalidatePath(`/jures/${parsed.data.jureId}`, "layout");
  return result;
}

export async function updateCompetencesAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = competencesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateCompetences(user, parsed.data);
  if (result.ok) revalidatePath(`/jures/habilitations/${parsed.data.id}`, "layout");
  return result;
}

export async function addPeriodeAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = periodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await addPeriode(user, parsed.data);
  if (result.ok) revalidatePath(`/jures/habilitations/${parsed.data.habilitationId}`, "layout");
  return result;
}

export async function extendPeriodeAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = extensionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await extendPeriode(user, parsed.data);
  if (result.ok) revalidatePath(`/jures/habilitations/${parsed.data.habilitationId}`, "layout");
  return result;
}
