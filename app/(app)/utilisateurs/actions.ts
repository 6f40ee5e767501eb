"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/auth-session";
import { invalid, type Result } from "@/lib/result";
import { createUser } from "@/lib/users/create-user";
import { createUserSchema, setUserActiveSchema, unbindOidcIdentitySchema, updateUserSchema } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";
import { unbindOidcIdentity } from "@/lib/users/unbind-oidc-identity";
import { updateUser } from "@/lib/users/update-user";

export async function createUserAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createUser(user, parsed.data);
  if (result.ok) revalidatePath("/utilisateurs");
  return result;
}

export async function updateUserAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateUser(user, parsed.data);
  if (result.ok) revalidatePath(`/utilisateurs/${parsed.data.id}`, "layout");
  return result;
}

export async function setUserActiveAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = setUserActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await setUserActive(user, parsed.data);
  if (result.ok) revalidatePath(`/utilisateurs/${parsed.data.id}`, "layout");
  return result;
}

export async function unbindOidcIdentityAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await requireUser();
  const parsed = unbindOidcIdentitySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await unbindOidcIdentity(user, parsed.data);
  if (result.ok) revalidatePath(`/utilisateurs/${parsed.data.id}`, "layout");
  return result;
}
