"use server";

import { signOut } from "@/auth";
import { revokeCurrentAuthSession } from "@/lib/auth/auth-session";

export async function signOutAction(): Promise<void> {
  await revokeCurrentAuthSession();
  await signOut({ redirectTo: "/connexion" });
}
