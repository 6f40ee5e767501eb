"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useEffect, useRef } from "react";
import type { FieldErrors, FieldValues, UseFormReturn } from "react-hook-form";

/** The fields in error, nested ones included (an error is a leaf with a type; `root` is the form's own). */
export function countFieldErrors(errors: FieldErrors): number {
  let count = 0;
  for (const [key, error] of Object.entries(errors)) {
    if (key === "root" || !error || typeof error !== "object") continue;
    count += "type" in error || "message" in error ? 1 : countFieldErrors(error as FieldErrors);
  }
  return count;
}

/**
 * The error summary of a form, announced by screen readers (role="alert"): the server's refusal, or after a
 * submit that the browser-side check stopped, how many fields to correct. A refusal from the server takes
 * the focus; a browser-side stop leaves it on the first field in error, where react-hook-form puts it.
 */
export function FormAlert<T extends FieldValues, TOutput>({ form }: { form: UseFormReturn<T, unknown, TOutput> }) {
  const { errors, isSubmitted } = form.formState;
  const server = errors.root?.server?.message;
  const count = isSubmitted ? countFieldErrors(errors) : 0;
  const message = server ?? (count ? `Le formulaire contient ${count === 1 ? "une erreur : corrigez le champ signalé" : `${count} erreurs : corrigez les champs signalés`}.` : undefined);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (server) ref.current?.focus();
  }, [server]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w" data-testid="erreur-formulaire">
      <Alert severity="error" small description={message} role="alert" />
    </div>
  );
}
