import { seriousViolations } from "./support/axe";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("accessibilité des référentiels (axe-core, aucune violation grave ou critique)", () => {
  test("communes : recherche, liste ouverte, fiche d'une commune disparue, lieu de naissance", async ({ page, seed }) => {
    await loginAs(page, await seed.user("centre"));
    await page.goto("/referentiels/communes");
    expect(await seriousViolations(page), "page vide").toEqual([]);
    await page.getByRole("combobox", { name: /^Commune Nom/ }).fill("annecy");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.keyboard.press("ArrowDown");
    expect(await seriousViolations(page), "liste ouverte").toEqual([]);
    await page.goto("/referentiels/communes?mode=date&date=1970-03-01&code=20001&depuis=1943-01-01&nature=commune");
    await expect(page.getByTestId("fiche-commune")).toContainText("code remplacé par 2A001 en 1976");
    expect(await seriousViolations(page), "fiche d'une commune disparue").toEqual([]);
    await page.locator("label", { hasText: "À l'étranger" }).click();
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByText("Saisissez une date de naissance valide.")).toBeVisible();
    expect(await seriousViolations(page), "lieu de naissance en erreur").toEqual([]);
  });

  test("NSF, territoires, fiche et historique d'un département (national et régional)", async ({ page, seed }) => {
    for (const role of ["national", "regional"] as const) {
      await loginAs(page, await seed.user(role));
      for (const path of ["/referentiels/nsf", "/referentiels/nsf?q=zzzz-aucun", "/referentiels/territoires", "/referentiels/territoires/2A", "/referentiels/territoires/2A/historique"]) {
        await page.goto(path);
        expect(await seriousViolations(page), `${role} ${path}`).toEqual([]);
      }
    }
  });
});
