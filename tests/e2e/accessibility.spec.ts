import { seriousViolations } from "./support/axe";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("accessibilité (axe-core, aucune violation grave ou critique)", () => {
  test("page de connexion", async ({ page }) => {
    await page.goto("/connexion");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("page de connexion avec un message d'erreur", async ({ page }) => {
    await page.goto("/connexion?erreur=invalid");
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const role of ["national", "regional", "centre"] as const) {
    test(`accueil (${role})`, async ({ page, seed }) => {
      await loginAs(page, await seed.user(role));
      await page.goto("/");
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("pages des utilisateurs", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const agent = await seed.user("regional", { departementCode: "30" });
    await loginAs(page, admin);
    for (const path of ["/utilisateurs", "/utilisateurs?q=zzzz-aucun", "/utilisateurs/nouveau", `/utilisateurs/${agent.id}`, `/utilisateurs/${agent.id}/historique`]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.goto("/utilisateurs/nouveau");
    await page.getByRole("button", { name: "Créer l'utilisateur" }).click();
    await expect(page.getByText("Saisissez le prénom.")).toBeVisible();
    expect(await seriousViolations(page), "formulaire en erreur").toEqual([]);
  });

  test("page introuvable", async ({ page }) => {
    await page.goto("/mentions-legales/inexistante");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
