"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, type BaseSyntheticEvent } from "react";
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { Result } from "@/lib/result";

/** A zod object schema whose input is what the form holds (strings from inputs), and whose output is parsed. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** The react-hook-form handle of a form built on `S`: fields typed from `z.input<S>`, `handleSubmit` gets `z.output<S>`. */
export type ActionForm<S extends FormSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

/** Every option of `useForm` but the resolver, which the schema gives. */
export type ActionFormOptions<S extends FormSchema> = Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver">;

/**
 * A form checked in the browser by the zod schema its server action also parses, sent to that action.
 *
 * ```tsx
 * const { form, submit } = useActionForm(centreSchema, { defaultValues: { nom: "", siret: "" } });
 * const onSubmit = submit(createCentreAction, (data) => router.push(`/centres/${data.id}`));
 * return <form onSubmit={onSubmit} noValidate><FormAlert form={form} /><TextField form={form} name="nom" … /></form>;
 * ```
 *
 * `submit(action, onSuccess?)` returns the `onSubmit` handler: when the schema accepts the fields, it calls
 * `action(values)` and either runs `onSuccess(result.data)` or puts the refusal back on the form (each field
 * error next to its field, the message in the error summary). `values` are the fields as typed, of type
 * `z.input<S>`: the action parses them again with the same schema (the server trusts no browser), and a
 * schema's output is not always valid input (`"" → null`). To wrap them, pass a function:
 * `submit((values) => updateCcpAction({ ref, values }), …)`.
 */
export function useActionForm<S extends FormSchema>(schema: S, options: ActionFormOptions<S> = {}) {
  const form: ActionForm<S> = useForm<z.input<S>, unknown, z.output<S>>({ ...options, resolver: zodResolver(schema) });
  const submit = useCallback(
    <R>(action: (values: z.input<S>) => Promise<Result<R>>, onSuccess?: (data: R) => unknown): ((event?: BaseSyntheticEvent) => Promise<void>) =>
      form.handleSubmit(async () => {
        const result = await submitToAction(form, () => action(form.getValues()));
        if (result.ok) await onSuccess?.(result.data);
      }),
    [form],
  );
  return { form, submit };
}

/**
 * Sends a form to a server action and puts its refusal back on the form: each field error next to its field,
 * the general message in `root.server`. For a form that must do more than `submit` does (a check before
 * sending); a failure to reach the server becomes an `indisponible` refusal.
 */
export async function submitToAction<T extends FieldValues, TOutput, R>(
  form: UseFormReturn<T, unknown, TOutput>,
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
