import type { z } from "zod";

/** What a use case answers: a value, or a refusal the user can read (French message, per-field errors). */
export type Result<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

export function ok(): Result<undefined>;
export function ok<T>(data: T): Result<T>;
export function ok<T>(data?: T): Result<T | undefined> {
  return { ok: true, data };
}

export function refuse(message: string, fieldErrors?: Record<string, string[] | undefined>): Result<never> {
  return { ok: false, message, fieldErrors };
}

/** A zod failure as a refusal: the form shows each message next to its field. */
export function invalid(error: z.ZodError): Result<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return refuse("Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrors);
}

export function assertNever(value: never): never {
  throw new Error(`Valeur inattendue : ${JSON.stringify(value)}`);
}
