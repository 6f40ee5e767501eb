import { signInMessages } from "./check-credentials";

/** The message for a refusal code coming back from Auth.js (`locked:12`) or from the OIDC callback. */
export function messageForSignInCode(code: string | undefined | null): string | null {
  if (!code) return null;
  if (code.startsWith("locked:")) return signInMessages.locked(Number(code.slice(7)) || 15);
  if (code === "invalid" || code === "CredentialsSignin") return signInMessages.invalid;
  if (code === "inactive") return signInMessages.inactive;
  if (code === "unknown" || code === "AccessDenied") return signInMessages.unknown;
  return "La connexion n'a pas abouti. Réessayez ; si le problème persiste, contactez l'assistance CERES.";
}

/** Only a path of this site may follow the sign-in: never another origin. */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
