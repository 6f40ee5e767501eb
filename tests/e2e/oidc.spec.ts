import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

async function signInWithProvider(page: Page, login: string) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: /ProConnect/ }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("indifferent");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
}

test.describe("connexion OpenID Connect (ProConnect)", () => {
  test("un agent existant se connecte par le fournisseur d'identité", async ({ page, seed }) => {
    const agent = await seed.user("regional", { regionCode: "76", departementCode: "30", passwordHash: null });
    await signInWithProvider(page, agent.email);
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord — UD Gard" })).toBeVisible();
    await expect(page.getByTestId("utilisateur-connecte").first()).toContainText(agent.nom);
  });

  test("une identité sans compte CERES est refusée avec un message clair", async ({ page }) => {
    await signInWithProvider(page, `inconnu.${Date.now()}@travail.gouv.fr`);
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByTestId("erreur-connexion")).toContainText("Aucun compte CERES actif ne correspond à cette identité.");
  });

  test("un compte désactivé est refusé", async ({ page, seed }) => {
    const agent = await seed.user("regional", { active: false, passwordHash: null });
    await signInWithProvider(page, agent.email);
    await expect(page.getByTestId("erreur-connexion")).toContainText("Ce compte est désactivé.");
  });

  test("une autre identité qui présente l'adresse d'un compte déjà associé est refusée", async ({ page, seed }) => {
    const agent = await seed.user("regional", { passwordHash: null, oidcSubject: `pc-autre-${Date.now()}` });
    await signInWithProvider(page, agent.email);
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByTestId("erreur-connexion")).toContainText("Cette identité ProConnect n'est pas celle qui est associée à ce compte CERES.");
  });
});
