"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { OIDC_PROVIDER_ID, signIn } from "@/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { messageForSignInCode, signInMessages } from "@/lib/auth/sign-in-messages";
import { throttledAddressSeconds } from "@/lib/auth/sign-in-refusals";
import { pauseBeforeRefusal } from "@/lib/auth/throttled-sign-in";

export type SignInState = { message: string | null; email: string };

const signInSchema = z.object({
  email: z.string().trim().min(1, "Saisissez votre adresse électronique."),
  password: z.string().min(1, "Saisissez votre mot de passe."),
  callbackUrl: z.string().optional(),
});

export async function signInWithPasswordAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { message: parsed.error.issues[0]!.message, email };
  // An address this instance already knows to be throttled is answered before Auth.js does any work.
  const wait = throttledAddressSeconds(clientIp(await headers()));
  if (wait !== null) {
    await pauseBeforeRefusal();
    return { message: signInMessages.throttled(wait), email };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(parsed.data.callbackUrl),
    });
    return { message: null, email };
  } catch (error) {
    // signIn() throws NEXT_REDIRECT on success: only Auth.js refusals are handled here.
    if (error instanceof CredentialsSignin) return { message: messageForSignInCode(error.code), email };
    if (error instanceof AuthError) return { message: messageForSignInCode(error.type), email };
    throw error;
  }
}

export async function signInWithOidcAction(formData: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackUrl(String(formData.get("callbackUrl") ?? "")) });
}
