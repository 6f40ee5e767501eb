import { generateKeyPairSync } from "node:crypto";
import { defineConfig } from "@playwright/test";
import { APP_PORT, APP_URL, OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT } from "./tests/e2e/support/env";

// One database per run, named once here: the workers inherit the variable.
process.env.E2E_DATABASE_NAME ??= `ceres_e2e_${process.pid}`;
// The key that signs the parchemins' QR codes, made for this run: the app and the specs (which sign a QR
// payload to check the verification page) inherit it.
process.env.CERES_PARCHEMIN_SIGNING_KEY ??= generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalTeardown: "./tests/e2e/support/global-teardown.ts",
  use: {
    baseURL: APP_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: "npx tsx tests/e2e/oidc-provider.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      stdout: "ignore",
      env: { E2E_OIDC_PORT: String(OIDC_PORT), E2E_APP_PORT: String(APP_PORT) },
    },
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `${APP_URL}/connexion`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        E2E_DATABASE_NAME: process.env.E2E_DATABASE_NAME,
        E2E_APP_PORT: String(APP_PORT),
        AUTH_SECRET: "secret-e2e-ceres-0123456789abcdef0123456789",
        AUTH_URL: APP_URL,
        AUTH_OIDC_ISSUER: OIDC_ISSUER,
        AUTH_OIDC_CLIENT_ID: OIDC_CLIENT.id,
        AUTH_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
