import { useId, type Ref } from "react";

type Props = {
  label: string;
  hint: string;
  error?: string | null;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (file: File | null) => void;
};

/**
 * The file input of an import, in the DSFR upload markup. Written here rather than with react-dsfr's
 * `Upload`, whose input always points `aria-describedby` at an error message that exists only in error:
 * this one points at the hint, and at the error while there is one.
 */
export function UploadField({ label, hint, error, disabled = false, inputRef, onChange }: Props) {
  const id = useId();
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  return (
    <div className={`fr-upload-group${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        <span className="fr-hint-text" id={hintId}>
          {hint}
        </span>
      </label>
      <input
        ref={inputRef}
        className="fr-upload"
        type="file"
        id={id}
        name="fichier"
        accept=".csv,text/csv"
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
      />
      {error && (
        <p id={errorId} className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
