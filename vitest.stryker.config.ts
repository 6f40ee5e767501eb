import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run test:mutation` runs only the unit tests: the mutated rules import no database, and the
// integration suites would turn a run of minutes into hours. Same settings as the "unit" project of vitest.config.ts.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: { name: "unit", include: ["tests/unit/**/*.test.ts"] },
});
