import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const integration = (driver: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name: `integration:${driver}`,
    include: ["tests/integration/**/*.test.ts"],
    env: { TEST_DB_DRIVER: driver },
    globalSetup: ["tests/integration/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      integration("pglite"),
      // The same integration suite on the real server when there is one (CI sets DATABASE_URL).
      ...(process.env.DATABASE_URL ? [integration("postgres")] : []),
    ],
  },
});
