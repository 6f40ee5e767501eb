import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its wasm relative to its own module and the argon2 binding is native: keep both out of the bundle.
  // pdfkit reads its data files next to its own module (parchemins, lib/parchemins/pdf): loaded from
  // node_modules as it is, with fontkit, the font parser it is given.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible", "@node-rs/argon2", "postgres", "pdfkit", "fontkit"],
  poweredByHeader: false,
  // Imports send their file to a server action (titles: 5 MB, VALCE: 8 MB, signed PV scan: 10 MB at most);
  // the default limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
  env: { NEXT_PUBLIC_APP_VERSION: version },
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
