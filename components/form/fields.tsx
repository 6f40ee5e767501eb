"use client";

import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

/** `TOutput` is the schema's parsed output: the kit only reads input-side state, so any output fits. */
type FieldProps<T extends FieldValues, TOutput> = {
  form: UseFormReturn<T, unknown, TOutput>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
};

function errorOf<T extends FieldValues, TOutput>(form: UseFormReturn<T, unknown, TOutput>, name: Path<T>): string | undefined {
  const error = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors);
  return (error as { message?: string } | undefined)?.message;
}

/** A DSFR text input bound to react-hook-form; the error sits under the field and is linked to it. */
export function TextField<T extends FieldValues, TOutput>({
  form,
  name,
  label,
  hint,
  type = "text",
  autoComplete,
  list,
}: FieldProps<T, TOutput> & {
  type?: "text" | "email" | "password" | "tel" | "date";
  autoComplete?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
}) {
  const error = errorOf(form, name);
  return (
    <Input
      label={label}
      hintText={hint}
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeInputProps={{ ...form.register(name), type, autoComplete, list, "aria-invalid": error ? true : undefined }}
    />
  );
}

export function SelectField<T extends FieldValues, TOutput>({
  form,
  name,
  label,
  hint,
  options,
  placeholder = "Sélectionnez une option",
}: FieldProps<T, TOutput> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const error = errorOf(form, name);
  return (
    <Select
      label={label}
      hint={hint}
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeSelectProps={{ ...form.register(name), "aria-invalid": error ? true : undefined }}
    >
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}
