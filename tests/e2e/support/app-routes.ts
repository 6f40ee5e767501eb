import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type AppRoute = {
  /** The URL pattern as the mapping names it: groups removed, dynamic segments kept ("/centres/[id]/sites"). */
  pattern: string;
  kind: "page" | "route";
  /** For a route handler, the HTTP methods it exports. */
  methods: string[];
  file: string;
};

const PAGE = /^page\.(tsx|ts|jsx|js)$/;
const ROUTE = /^route\.(ts|js)$/;

/** Every page and route handler under app/, read from the files themselves (not from a list kept by hand). */
export function listAppRoutes(appDir = path.join(process.cwd(), "app")): AppRoute[] {
  const found: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // _components and other private folders are not routes; (group) folders add no segment.
        if (entry.name.startsWith("_")) continue;
        walk(full, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (PAGE.test(entry.name) || ROUTE.test(entry.name)) {
        const kind = PAGE.test(entry.name) ? "page" : "route";
        const methods = kind === "route" ? exportedMethods(readFileSync(full, "utf8")) : [];
        found.push({ pattern: `/${segments.join("/")}`, kind, methods, file: path.relative(process.cwd(), full) });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** `export async function GET`, `export const GET =` and `export const { GET, POST } = handlers`. */
function exportedMethods(source: string): string[] {
  const named = [...source.matchAll(/export\s+(?:async\s+function|const|function)\s+([A-Z]+)\b/g)].map((m) => m[1]!);
  const destructured = [...source.matchAll(/export\s+const\s+\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim().split(/\s*:\s*/).at(-1)!));
  return [...new Set([...named, ...destructured])].filter((m) => METHODS.includes(m)).sort();
}

/** "/centres/[id]/sites" with { id: "…" } → "/centres/…/sites"; a missing parameter is a mapping error. */
export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`paramètre « ${name} » absent pour ${pattern}`);
    return encodeURIComponent(value);
  });
}
