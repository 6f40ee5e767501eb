/** The origin a relative value is resolved against when the app's own origin is not at hand. */
const PLACEHOLDER_ORIGIN = "http://ceres.invalid";

// Browsers drop TAB, CR and LF inside URLs and read "\" as "/": "/\t/evil.example" becomes "//evil.example",
// another origin. Such characters never belong in one of our paths, whether raw or percent-encoded.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

function decodedForms(value: string): string[] | null {
  const forms = [value];
  let current = value;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(current);
      if (next === current) break;
      forms.push(next);
      current = next;
    } catch {
      return null;
    }
  }
  return forms;
}

/**
 * Where to go after sign-in: only a path (and query) of this site, never another origin. The value is
 * resolved against the app's origin; anything doubtful gives "/".
 */
export function safeCallbackUrl(value: string | undefined | null, origin: string = PLACEHOLDER_ORIGIN): string {
  if (!value) return "/";
  const forms = decodedForms(value);
  if (!forms || forms.some((form) => UNSAFE.test(form) || form.startsWith("//"))) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  // An absolute value is accepted only when it names this very origin (Auth.js passes such values).
  if (!value.startsWith("/") && !value.startsWith(url.origin)) return "/";
  return `${url.pathname}${url.search}`;
}
