import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { openPostgres, type Db } from "@/db/client";
import type { centres, users, UserRole } from "@/db/schema";
import { createCentre, createSite, createTitreRow, createTitreVersion, createUserRow, TEST_PASSWORD } from "../../fixtures/factories";
import { uniqueTag } from "../../fixtures/unique";
import { e2eDatabaseUrl } from "./env";

export const PASSWORD = TEST_PASSWORD;

type SeededUser = { id: string; email: string; password: string; prenom: string; nom: string };

type SeededTitre = { id: string; code: string; intitule: string; versionId: string };

/** The shared factories of tests/fixtures, with the defaults the specs read on screen (unique names). */
type Seeder = {
  db: Db;
  /** A title with one version (NSF 330t), unique to the spec. */
  titreVersion(overrides?: { finDeVie?: string | null }): Promise<{ titreId: string; versionId: string; code: string; intitule: string }>;
  site(centreId: string, libelle?: string): Promise<{ id: string; libelle: string }>;
  /** A title of the fictitious TP-9xxxx series, with one version (NSF 334t, niveau 4) and its CCPs. */
  titre(values?: { intitule?: string; ccps?: string[]; finDeVie?: string | null }): Promise<SeededTitre>;
  centre(overrides?: Partial<typeof centres.$inferInsert>): Promise<{ id: string; siret: string; raisonSociale: string }>;
  user(role: UserRole, overrides?: Partial<typeof users.$inferInsert>): Promise<SeededUser>;
};

export function seederFor(db: Db): Seeder {
  const centre: Seeder["centre"] = (overrides = {}) =>
    createCentre(db, { raisonSociale: `CENTRE E2E ${uniqueTag().toUpperCase()}`, adresse: "RUE DU 19 MARS 1962 IMMEUBLE LE 1", ...overrides });
  return {
    db,
    centre,
    site: (centreId, libelle = `Site E2E ${uniqueTag()}`) => createSite(db, centreId, libelle),
    async titreVersion(overrides = {}) {
      const { titre, version } = await createTitreVersion(db, { intitule: `Titre E2E ${uniqueTag()}`, dateVersion: "2022-01-01", finDeVie: overrides.finDeVie === undefined ? "2029-12-31" : overrides.finDeVie });
      return { titreId: titre.id, versionId: version.id, code: titre.code, intitule: titre.intitule };
    },
    async titre(values = {}) {
      const row = await createTitreRow(db, {
        intitule: values.intitule ?? `Titre E2E ${uniqueTag()}`,
        versions: [{ dateVersion: "2018-09-01", niveau: 4, nsfCode: "334t", finDeVie: values.finDeVie ?? null, ccps: values.ccps ?? [] }],
      });
      return { id: row.id, code: row.code, intitule: row.intitule, versionId: row.versions[0]!.id };
    },
    async user(role, overrides = {}) {
      const tag = uniqueTag();
      const centreId = role === "centre" && !overrides.centreId ? (await centre()).id : overrides.centreId;
      const row = await createUserRow(db, {
        email: `e2e-${role}-${tag}@ceres.test`,
        prenom: "Agent",
        nom: `E2E${tag.replace("-", "").toUpperCase()}`,
        role,
        ...(role === "regional" ? { regionCode: "76" } : {}),
        ...overrides,
        ...(centreId ? { centreId } : {}),
      });
      return { id: row.id, email: row.email, password: PASSWORD, prenom: row.prenom, nom: row.nom };
    },
  };
}

/** Each spec seeds its own rows (unique emails and SIRETs), so specs run in parallel on one database. */
export const test = base.extend<{ seed: Seeder }, { database: Db }>({
  database: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const handle = openPostgres(e2eDatabaseUrl(), { max: 2 });
      await use(handle.db);
      await handle.close();
    },
    { scope: "worker" },
  ],
  seed: async ({ database }, use) => {
    await use(seederFor(database));
  },
});

export { expect };

/** Signs in through Auth.js's own endpoint, without the form, on a page's or a bare request context. */
export async function loginWith(request: APIRequestContext, user: { email: string; password: string }): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "la connexion programmée doit réussir").toBe(302);
  expect(response.headers()["location"]).not.toContain("error");
}

/** Signs in through Auth.js's own endpoint, without the form: for specs whose subject is not sign-in. */
export async function loginAs(page: Page, user: { email: string; password: string }): Promise<void> {
  await loginWith(page.request, user);
}

/** Fills the sign-in form as a person would. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
