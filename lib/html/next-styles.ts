import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The stylesheets of the public pages (DSFR, its icons, app/globals.css), for a page written as HTML by a
 * route handler: the files Next.js built for the root and public layouts, whose names carry a content hash.
 * They are read from the client reference manifest of a public page, which Next.js writes at build
 * (`.next/server/…`) and in development (`.next/dev/server/…`). The e2e spec of /verifier checks that the
 * page written as HTML loads them and is styled as the others, so a change of this format is noticed.
 */
const MANIFEST = join("server", "app", "(public)", "verifier", "page_client-reference-manifest.js");
const LAYOUTS = ["[project]/app/layout", "[project]/app/(public)/layout"];

type Manifest = { entryCSSFiles?: Record<string, ({ path: string } | string)[]> };

/** The stylesheet URLs in `manifestText`, the layouts' own first, each once. */
export function stylesheetsOfManifest(manifestText: string): string[] {
  const json = /__RSC_MANIFEST\[[^\]]*\]\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(manifestText)?.[1];
  if (!json) return [];
  const manifest = JSON.parse(json) as Manifest;
  const urls = LAYOUTS.flatMap((layout) => manifest.entryCSSFiles?.[layout] ?? []).map((f) => `/_next/${typeof f === "string" ? f : f.path}`);
  return [...new Set(urls)];
}

let built: string[] | undefined;

export function publicStylesheets(root = process.cwd()): string[] {
  if (built) return built;
  const production = process.env.NODE_ENV === "production";
  // `next dev` writes to .next/dev: a production build left in .next names files that dev does not serve.
  const dist = production ? join(root, ".next") : join(root, ".next", "dev");
  let text: string | undefined;
  try {
    text = readFileSync(join(dist, MANIFEST), "utf8");
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const urls = stylesheetsOfManifest(text);
    // In development the files change with the code: read again each time.
    if (production) built = urls;
    return urls;
  }
  // In development, Next.js writes the manifest when /verifier is first compiled: open it once.
  console.warn("CERES : feuilles de style des pages publiques introuvables (pas de build ; en développement, ouvrez d'abord /verifier) : page servie sans style.");
  return [];
}
