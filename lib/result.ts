import type { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Why a use case said no, for the code (the message is for people and may change):
 * - introuvable: absent or out of the caller's scope (answered alike, so scope is not revealed);
 * - conflit_version: someone else saved the record since the form was loaded;
 * - invalide: a field is wrong (see fieldErrors);
 * - deja_existant: the record would duplicate one that exists (a unique key);
 * - interdit: the caller's role may not do this, and saying so reveals nothing;
 * - refuse: a rule of the domain says no (the message says which);
 * - indisponible: the server could not be reached or failed (set by the browser side).
 */
export type RefusalCode = "introuvable" | "conflit_version" | "invalide" | "deja_existant" | "interdit" | "refuse" | "indisponible";

export type Refusal = { ok: false; code: RefusalCode; message: string; fieldErrors?: FieldErrors };

/** What a use case answers: a value, or a refusal the user can read (French message, per-field errors). */
export type Result<T = undefined> = { ok: true; data: T } | Refusal;

export function ok(): Result<undefined>;
export function ok<T>(data: T): Result<T>;
export function ok<T>(data?: T): Result<T | undefined> {
  return { ok: true, data };
}

export function fail(code: RefusalCode, message: string, fieldErrors?: FieldErrors): Refusal {
  return { ok: false, code, message, fieldErrors };
}

/** A refusal by a rule of the domain. */
export function refuse(message: string, fieldErrors?: FieldErrors): Refusal {
  return fail("refuse", message, fieldErrors);
}

export const FORM_ERRORS = "Le formulaire contient des erreurs : corrigez les champs signalés.";

/** A zod failure as a refusal: the form shows each message next to its field. */
export function invalid(error: z.ZodError): Refusal {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fail("invalide", FORM_ERRORS, fieldErrors);
}

export function assertNever(value: never): never {
  throw new Error(`Valeur inattendue : ${JSON.stringify(value)}`);
}
