"use client";

import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useId, type ReactNode } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";

/** `TOutput` is the schema's parsed output: the kit only reads input-side state, so any output fits. */
type FieldProps<T extends FieldValues, TOutput> = {
  form: UseFormReturn<T, unknown, TOutput>;
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
};

/** The first message found at or under a node of the error tree: an array field may carry its errors per item. */
function firstMessage(node: unknown): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const { message } = node as { message?: unknown };
  if (typeof message === "string") return message;
  for (const child of Object.values(node)) {
    const found = firstMessage(child);
    if (found) return found;
  }
  return undefined;
}

function errorOf<T extends FieldValues, TOutput>(form: UseFormReturn<T, unknown, TOutput>, name: Path<T>): string | undefined {
  const error = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors);
  return firstMessage(error);
}

/** A choice of a radio or checkbox group. */
export type FieldOption = { value: string; label: ReactNode; hint?: ReactNode };

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

/** A DSFR textarea bound to react-hook-form; the error sits under the field and is linked to it. */
export function TextAreaField<T extends FieldValues, TOutput>({
  form,
  name,
  label,
  hint,
  rows = 3,
  maxLength,
}: FieldProps<T, TOutput> & { rows?: number; maxLength?: number }) {
  const error = errorOf(form, name);
  return (
    <Input
      label={label}
      hintText={hint}
      textArea
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      nativeTextAreaProps={{ ...form.register(name), rows, maxLength, "aria-invalid": error ? true : undefined }}
    />
  );
}

/**
 * One DSFR checkbox for a boolean field (an acceptance, an option). Its error, when there is one, is
 * linked to the box by aria-describedby.
 */
export function CheckboxField<T extends FieldValues, TOutput>({ form, name, label, hint }: FieldProps<T, TOutput>) {
  const id = `case-${useId()}`;
  const error = errorOf(form, name);
  return (
    <Checkbox
      id={id}
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      options={[{ label, hintText: hint, nativeInputProps: { ...form.register(name), "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-desc-error` : undefined } }]}
    />
  );
}

type GroupProps<T extends FieldValues, TOutput> = Omit<FieldProps<T, TOutput>, "label"> & {
  /** The question the group answers: the fieldset's legend. */
  legend: ReactNode;
  options: FieldOption[];
  orientation?: "vertical" | "horizontal";
};

/**
 * DSFR radio buttons for a field with one value among several: a fieldset whose legend is the question,
 * the error under the group, announced with the legend and linked to each button.
 */
export function RadioGroupField<T extends FieldValues, TOutput>({ form, name, legend, hint, options, orientation = "vertical" }: GroupProps<T, TOutput>) {
  const id = `radios-${useId()}`;
  const error = errorOf(form, name);
  return (
    <RadioButtons
      id={id}
      legend={legend}
      hintText={hint}
      orientation={orientation}
      state={error ? "error" : "default"}
      stateRelatedMessage={error}
      options={options.map((o) => ({
        label: o.label,
        hintText: o.hint,
        nativeInputProps: { ...form.register(name), value: o.value, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-desc-error` : undefined },
      }))}
    />
  );
}

/**
 * DSFR checkboxes for an array field: the value is the list of the checked options, in the order of
 * `options` (react-hook-form's own checkbox handling gives a boolean when the group has one box).
 */
export function CheckboxGroupField<T extends FieldValues, TOutput>({ form, name, legend, hint, options, orientation = "vertical" }: GroupProps<T, TOutput>) {
  const id = `cases-${useId()}`;
  const error = errorOf(form, name);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const checked = new Set(Array.isArray(field.value) ? (field.value as unknown[]) : []);
        return (
          <Checkbox
            id={id}
            legend={legend}
            hintText={hint}
            orientation={orientation}
            state={error ? "error" : "default"}
            stateRelatedMessage={error}
            options={options.map((o, i) => ({
              label: o.label,
              hintText: o.hint,
              nativeInputProps: {
                name: field.name,
                value: o.value,
                checked: checked.has(o.value),
                onChange: (event) => {
                  const next = new Set(checked);
                  if (event.currentTarget.checked) next.add(o.value);
                  else next.delete(o.value);
                  field.onChange(options.map((option) => option.value).filter((value) => next.has(value)));
                },
                onBlur: field.onBlur,
                ref: i === 0 ? field.ref : undefined,
                "aria-invalid": error ? true : undefined,
                "aria-describedby": error ? `${id}-desc-error` : undefined,
              },
            }))}
          />
        );
      }}
    />
  );
}
