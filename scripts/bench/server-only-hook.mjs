// Module hook of `npm run bench:sessions`: "server-only" resolves to its empty module, as under Next's
// react-server condition (and vitest's alias), without that condition, which would also give react-pdf the
// server build of React, where its reconciler cannot run.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const empty = pathToFileURL(createRequire(import.meta.url).resolve("server-only").replace(/index\.js$/, "empty.js")).href;

export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  return next(specifier, context);
}
