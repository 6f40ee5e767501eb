import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its wasm relative to its own module and the argon2 binding is native: keep both out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  poweredByHeader: false,
  env: { NEXT_PUBLIC_APP_VERSION: version },
  // The titles import sends its CSV (5 MB at most, lib/titres/import/parse.ts) to a server action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // The proxy adds the per-request CSP to pages; these apply to every answer, route handlers included.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
