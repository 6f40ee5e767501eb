"use client";

import { useState } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { CommuneCombobox, type CommuneValue } from "@/components/commune-combobox/CommuneCombobox";

/** The commune combobox (current communes) bound to a form field holding the INSEE code. */
export function CommuneField<T extends FieldValues, TOutput>({
  form,
  name,
  label,
  hint,
  initial = null,
}: {
  form: UseFormReturn<T, unknown, TOutput>;
  name: Path<T>;
  label: string;
  hint?: string;
  initial?: CommuneValue | null;
}) {
  const [selected, setSelected] = useState<CommuneValue | null>(initial);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <CommuneCombobox
          label={label}
          hint={hint ?? "Nom, code postal ou code INSEE"}
          mode="current"
          value={selected}
          error={fieldState.error?.message}
          onBlur={field.onBlur}
          onChange={(value) => {
            setSelected(value);
            field.onChange(value?.code ?? "");
          }}
        />
      )}
    />
  );
}
