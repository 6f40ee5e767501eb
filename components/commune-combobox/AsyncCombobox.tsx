"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export const SEARCH_DELAY_MS = 250;

export type AsyncComboboxProps<T> = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The chosen option; the text field shows `toText(value)`. */
  value: T | null;
  onChange: (value: T | null) => void;
  onBlur?: () => void;
  /** Asks the server for the options matching the text (already debounced and cancelled when outdated). */
  search: (text: string, signal: AbortSignal) => Promise<T[]>;
  /** Changes of this key (a mode, a date) search again for the same text. */
  searchKey?: string;
  toText: (option: T) => string;
  optionKey: (option: T) => string;
  renderOption?: (option: T) => ReactNode;
  /** "Aucune commune trouvée" */
  emptyMessage: string;
  /** "commune", "pays": the counts read by screen readers ("3 communes trouvées"). */
  noun: { one: string; many: string };
  /** Hidden input for forms without JavaScript state: its value is `hiddenValue(value)`. */
  name?: string;
  hiddenValue?: (option: T) => string;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
};

type Status = "idle" | "loading" | "done" | "error";

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern): focus stays in the text field,
 * the active option is designated by aria-activedescendant; Down/Up move, Home/End go to the first/last
 * option, Enter chooses, Escape closes (then clears). Options come from the server as the person types.
 */
export function AsyncCombobox<T>(props: AsyncComboboxProps<T>) {
  const { label, hint, error, value, onChange, onBlur, search, searchKey, toText, optionKey, renderOption, emptyMessage, noun } = props;
  const generatedId = useId();
  const id = props.id ?? `combobox-${generatedId.replace(/:/g, "")}`;
  const listId = `${id}-liste`;
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  const statusId = `${id}-etat`;
  const [text, setText] = useState(value ? toText(value) : "");
  const [options, setOptions] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>("idle");
  const [typed, setTyped] = useState(false);
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });

  // The field follows the value when the form sets it (reset, default values).
  const valueText = value ? toText(value) : null;
  useEffect(() => {
    if (valueText !== null) setText(valueText);
  }, [valueText]);

  useEffect(() => {
    const query = text.trim();
    if (!typed || !query) {
      setOptions([]);
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    setStatus("loading");
    const timer = setTimeout(() => {
      searchRef.current(query, controller.signal).then(
        (found) => {
          setOptions(found);
          setActive(-1);
          setStatus("done");
          setOpen(true);
        },
        (reason: unknown) => {
          if (!controller.signal.aborted) {
            setStatus("error");
            setOptions([]);
            console.error(reason);
          }
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, typed, searchKey]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: "nearest" });
  }, [active, id]);

  function choose(option: T) {
    setText(toText(option));
    setTyped(false);
    setOpen(false);
    setActive(-1);
    onChange(option);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      setOpen(true);
      setActive(index);
    };
    switch (event.key) {
      case "ArrowDown":
        if (options.length) move(!open || active >= last ? 0 : active + 1);
        break;
      case "ArrowUp":
        if (options.length) move(!open || active <= 0 ? last : active - 1);
        break;
      case "Home":
        if (open && options.length) move(0);
        break;
      case "End":
        if (open && options.length) move(last);
        break;
      case "Enter":
        if (open && active >= 0 && options[active]) {
          event.preventDefault();
          choose(options[active]);
        }
        break;
      case "Escape":
        event.preventDefault();
        if (open) setOpen(false);
        else if (text) {
          setText("");
          setTyped(false);
          onChange(null);
        }
        break;
    }
  }

  const expanded = open && status === "done";
  const announcement =
    status === "loading"
      ? "Recherche en cours…"
      : status === "error"
        ? "La recherche a échoué. Réessayez dans un instant."
        : status === "done"
          ? options.length === 0
            ? emptyMessage
            : `${options.length} ${options.length > 1 ? noun.many : noun.one}. Flèches haut et bas pour parcourir, Entrée pour choisir.`
          : "";
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`fr-input-group ceres-combobox${error ? " fr-input-group--error" : ""}${props.disabled ? " fr-input-group--disabled" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && (
          <span className="fr-hint-text" id={hintId}>
            {hint}
          </span>
        )}
      </label>
      <div className="ceres-combobox__field">
        <input
          id={id}
          className={`fr-input${error ? " fr-input--error" : ""}`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={props.disabled}
          placeholder={props.placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setTyped(true);
            if (value) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => options.length > 0 && typed && setOpen(true)}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
        />
        <ul id={listId} role="listbox" aria-label={typeof label === "string" ? label : undefined} className="ceres-combobox__list" hidden={!expanded || options.length === 0}>
          {options.map((option, index) => (
            <li
              key={optionKey(option)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="ceres-combobox__option"
              // mousedown would move the focus out of the field before the click chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              onMouseEnter={() => setActive(index)}
            >
              {renderOption ? renderOption(option) : toText(option)}
            </li>
          ))}
        </ul>
        {expanded && options.length === 0 && <p className="ceres-combobox__empty">{emptyMessage}</p>}
      </div>
      {props.name && <input type="hidden" name={props.name} value={value && props.hiddenValue ? props.hiddenValue(value) : ""} />}
      {error && (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
      <p id={statusId} className="fr-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
