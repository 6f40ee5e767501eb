/**
 * HTML written as text, for the few pages served by a route handler rather than rendered by React (the
 * public verification result: see docs/verification.md). Every interpolated value is escaped unless it is
 * itself the result of `html`, so that a holder's name or a typed number can never become markup.
 */
export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function write(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(write).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${name}</p>\``: the template's text as written, each value escaped (arrays are concatenated). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += write(values[i]!) + strings[i + 1]!;
  return new Html(text);
}
