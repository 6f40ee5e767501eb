"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { Result } from "@/lib/result";

/**
 * Sends valid form data to a server action and puts its refusal back on the form: each field error next
 * to its field, the general message in `root.server`. Returns the result so the caller can navigate.
 */
export async function submitToAction<T extends FieldValues, R>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see fields.tsx
  form: UseFormReturn<T, unknown, any>,
  action: () => Promise<Result<R>>,
): Promise<Result<R>> {
  let result: Result<R>;
  try {
    result = await action();
  } catch {
    result = { ok: false, code: "indisponible", message: "Le service n'a pas pu enregistrer votre demande. Réessayez dans un instant." };
  }
  if (!result.ok) {
    for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) form.setError(name as Path<T>, { type: "server", message: messages[0] });
    }
    form.setError("root.server", { type: "server", message: result.message });
  }
  return result;
}
