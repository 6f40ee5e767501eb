"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";
import { createCcp } from "@/lib/titres/create-ccp";
import { createTitre } from "@/lib/titres/create-titre";
import { createVersion } from "@/lib/titres/create-version";
import { deleteCcp } from "@/lib/titres/delete-ccp";
import { ccpRefSchema, ccpSchema, newVersionRefSchema, titreRefSchema, titreSchema, versionRefSchema, versionSchema } from "@/lib/titres/schemas";
import { updateCcp } from "@/lib/titres/update-ccp";
import { updateTitre } from "@/lib/titres/update-titre";
import { updateVersion } from "@/lib/titres/update-version";

type Parsed<R extends z.ZodType, V extends z.ZodType> = { ok: true; ref: z.output<R>; values: z.output<V> } | { ok: false; result: Result<never> };

/** Forms send `{ ref, values }`: which row and lock counter, and the fields (their errors keep flat names). */
function parse<R extends z.ZodType, V extends z.ZodType>(refSchema: R, valuesSchema: V, input: unknown): Parsed<R, V> {
  const { ref, values } = (input ?? {}) as { ref?: unknown; values?: unknown };
  const parsedRef = refSchema.safeParse(ref);
  if (!parsedRef.success) return { ok: false, result: invalid(parsedRef.error) };
  const parsedValues = valuesSchema.safeParse(values);
  if (!parsedValues.success) return { ok: false, result: invalid(parsedValues.error) };
  return { ok: true, ref: parsedRef.data, values: parsedValues.data };
}

function revalidateTitre(id: string) {
  revalidatePath("/titres");
  revalidatePath(`/titres/${id}`, "layout");
}

export async function createTitreAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = titreSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createTitre(user, parsed.data);
  if (result.ok) revalidatePath("/titres");
  return result;
}

export async function updateTitreAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = parse(titreRefSchema, titreSchema, input);
  if (!parsed.ok) return parsed.result;
  const result = await updateTitre(user, parsed.ref, parsed.values);
  if (result.ok) revalidateTitre(parsed.ref.id);
  return result;
}

export async function createVersionAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = parse(newVersionRefSchema, versionSchema, input);
  if (!parsed.ok) return parsed.result;
  const result = await createVersion(user, parsed.ref, parsed.values);
  if (result.ok) revalidateTitre(parsed.ref.titreId);
  return result;
}

export async function updateVersionAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = parse(versionRefSchema, versionSchema, input);
  if (!parsed.ok) return parsed.result;
  const result = await updateVersion(user, parsed.ref, parsed.values);
  if (result.ok) revalidateTitre(parsed.ref.titreId);
  return result;
}

export async function createCcpAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = parse(versionRefSchema, ccpSchema, input);
  if (!parsed.ok) return parsed.result;
  const result = await createCcp(user, parsed.ref, parsed.values);
  if (result.ok) revalidateTitre(parsed.ref.titreId);
  return result;
}

export async function updateCcpAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = parse(ccpRefSchema, ccpSchema, input);
  if (!parsed.ok) return parsed.result;
  const result = await updateCcp(user, parsed.ref, parsed.values);
  if (result.ok) revalidateTitre(parsed.ref.titreId);
  return result;
}

export async function deleteCcpAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = ccpRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await deleteCcp(user, parsed.data);
  if (result.ok) revalidateTitre(parsed.data.titreId);
  return result;
}
