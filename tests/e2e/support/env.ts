/** Ports and secrets of the end-to-end run: the built app, and a real OpenID provider beside it. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3101);
// localhost, not 127.0.0.1: Next rewrites the host, and Auth.js cookies must stay on one origin.
export const APP_URL = `http://localhost:${APP_PORT}`;
export const OIDC_ISSUER = `http://localhost:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: "ceres-e2e", secret: "secret-e2e-ceres-0123456789" };

export function e2eDatabaseUrl(): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("Les tests e2e demandent un PostgreSQL : définissez DATABASE_URL (voir README).");
  const url = new URL(base);
  url.pathname = `/${process.env.E2E_DATABASE_NAME}`;
  return url.toString();
}
