/** The answers of the sign-in page, in French. A locked account reads exactly like a wrong password. */
export const signInMessages = {
  invalid: "Adresse électronique ou mot de passe incorrect.",
  inactive: "Ce compte est désactivé. Contactez l'administrateur de CERES de votre structure.",
  unknown:
    "Aucun compte CERES actif ne correspond à cette identité. L'accès à CERES est ouvert par un administrateur : contactez-le.",
  identite:
    "Cette identité ProConnect n'est pas celle qui est associée à ce compte CERES. Contactez l'administrateur de CERES de votre structure.",
  throttled: (seconds: number) => `Trop de tentatives. Réessayez dans ${waitLabel(seconds)}.`,
} as const;

function waitLabel(seconds: number): string {
  if (seconds < 120) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** The message for a refusal code coming back from Auth.js (`throttled:42`) or from the OIDC callback. */
export function messageForSignInCode(code: string | undefined | null): string | null {
  if (!code) return null;
  if (code.startsWith("throttled:")) return signInMessages.throttled(Number(code.slice("throttled:".length)) || 60);
  if (code === "invalid" || code === "CredentialsSignin") return signInMessages.invalid;
  if (code === "inactive") return signInMessages.inactive;
  if (code === "identite") return signInMessages.identite;
  if (code === "unknown" || code === "AccessDenied") return signInMessages.unknown;
  return "La connexion n'a pas abouti. Réessayez ; si le problème persiste, contactez l'assistance CERES.";
}

/**
 * The message of a redirection back to /connexion: `erreur` from the OIDC callback, or Auth.js's `error`,
 * whose refusal code (`throttled:42`) comes in `code` when the error is CredentialsSignin.
 */
export function messageForSignInRedirect(params: { erreur?: string; error?: string; code?: string }): string | null {
  if (params.erreur) return messageForSignInCode(params.erreur);
  if (params.error === "CredentialsSignin" && params.code) return messageForSignInCode(params.code);
  return messageForSignInCode(params.error);
}
