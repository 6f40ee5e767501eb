import { test as base, expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { openPostgres, type Db } from "@/db/client";
import { ccps, centres, nsfCodes, sites, titres, titreVersions, users, type UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { e2eDatabaseUrl } from "./env";

export const PASSWORD = "mot-de-passe-e2e-2026";
let passwordHash: Promise<string> | undefined;

type SeededUser = { id: string; email: string; password: string; prenom: string; nom: string };

type SeededTitre = { id: string; code: string; intitule: string; versionId: string };

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
    const tag = randomUUID().slice(0, 8);
    let n = 0;
    const centre: Seeder["centre"] = async (overrides = {}) => {
        n += 1;
        const siret = overrides.siret ?? String(Math.floor(Math.random() * 1e14)).padStart(14, "0");
        const [row] = await database
          .insert(centres)
          .values({
            siret,
            raisonSociale: `CENTRE E2E ${tag} ${n}`,
            adresse: "RUE DU 19 MARS 1962 IMMEUBLE LE 1",
            codePostal: "30200",
            communeCode: "30028",
            communeNom: "Bagnols-sur-Cèze",
            regionCode: "76",
            departementCode: "30",
            ...overrides,
          })
          .returning({ id: centres.id, siret: centres.siret, raisonSociale: centres.raisonSociale });
        return row!;
    };
    const titreVersion: Seeder["titreVersion"] = async (overrides = {}) => {
      n += 1;
      await database.insert(nsfCodes).values({ code: "330t", libelle: "Services aux personnes", niveau: "sous_groupe", parentCode: "330" }).onConflictDoNothing();
      const code = `TP-${String(Math.floor(Math.random() * 90000) + 10000)}`;
      const intitule = `Titre E2E ${tag} ${n}`;
      const [titre] = await database.insert(titres).values({ code, intitule }).onConflictDoNothing().returning({ id: titres.id });
      if (!titre) return titreVersion(overrides);
      const [version] = await database
        .insert(titreVersions)
        .values({ titreId: titre.id, millesime: "01", dateVersion: "2022-01-01", niveau: 3, nsfCode: "330t", finDeVie: overrides.finDeVie === undefined ? "2029-12-31" : overrides.finDeVie })
        .returning({ id: titreVersions.id });
      return { titreId: titre.id, versionId: version!.id, code, intitule };
    };
    const site: Seeder["site"] = async (centreId, libelle = `Site E2E ${tag}`) => {
      const [row] = await database
        .insert(sites)
        .values({ centreId, libelle, adresse: "RUE DU 19 MARS 1962", codePostal: "30200", communeCode: "30028", communeNom: "Bagnols-sur-Cèze" })
        .returning({ id: sites.id, libelle: sites.libelle });
      return row!;
    };
    const titre: Seeder["titre"] = async (values = {}) => {
      n += 1;
      const intitule = values.intitule ?? `Titre E2E ${tag} ${n}`;
      for (;;) {
        const code = `TP-9${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
        const [row] = await database.insert(titres).values({ code, intitule }).onConflictDoNothing().returning({ id: titres.id });
        if (!row) continue;
        const [version] = await database
          .insert(titreVersions)
          .values({ titreId: row.id, millesime: "01", dateVersion: "2018-09-01", niveau: 4, nsfCode: "334t", finDeVie: values.finDeVie ?? null })
          .returning({ id: titreVersions.id });
        const labels = values.ccps ?? [];
        if (labels.length) await database.insert(ccps).values(labels.map((libelle, i) => ({ titreVersionId: version!.id, numero: i + 1, libelle })));
        return { id: row.id, code, intitule, versionId: version!.id };
      }
    };
    await use({
      db: database,
      titreVersion,
      site,
      centre,
      titre,
      async user(role, overrides = {}) {
        n += 1;
        passwordHash ??= hashPassword(PASSWORD);
        const email = `e2e-${role}-${tag}-${n}@ceres.test`;
        const values = {
          email,
          prenom: "Agent",
          nom: `E2E${tag.toUpperCase()}${n}`,
          role,
          passwordHash: await passwordHash,
          ...(role === "regional" ? { regionCode: "76" } : {}),
          ...overrides,
        };
        if (role === "centre" && !values.centreId) values.centreId = (await centre()).id;
        const [row] = await database.insert(users).values(values).returning({ id: users.id });
        return { id: row!.id, email: values.email, password: PASSWORD, prenom: values.prenom, nom: values.nom };
      },
    });
  },
});

export { expect };

/** Signs in through Auth.js's own endpoint, without the form: for specs whose subject is not sign-in. */
export async function loginAs(page: Page, user: { email: string; password: string }): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "la connexion programmée doit réussir").toBe(302);
  expect(response.headers()["location"]).not.toContain("error");
}

/** Fills the sign-in form as a person would. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
