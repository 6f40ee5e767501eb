"use server";

import { signOut } from "@/auth";
import { revokeCurrentSession } from "@/lib/auth/session";

export async function signOutAction(): Promise<void> {
  await revokeCurrentSession();
  await signOut({ redirectTo: "/connexion" });
}
