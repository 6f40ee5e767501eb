import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", ".data/**", "drizzle/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".stryker-tmp/**", "reports/**"] },
  js.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: "Un test focalisé (.only) ferait ignorer les autres." },
      ],
    },
  },
  {
    files: ["app/**/*.tsx", "app/**/_components/**/*.ts", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      // No raw database access from the UI: pages call lib/, which carries the scope.
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^@/db(/|$)", message: "Passez par lib/ : les requêtes y portent le périmètre." }] },
      ],
    },
  },
);
