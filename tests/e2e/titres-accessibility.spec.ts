import path from "node:path";
import { seriousViolations } from "./support/axe";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("accessibilité des titres (axe-core, aucune violation grave ou critique)", () => {
  test("liste, fiche, historique et formulaires (national)", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const titre = await seed.titre({ ccps: ["Accueillir", "Conseiller"], finDeVie: "2025-01-31" });
    await loginAs(page, admin);
    const version = `/titres/${titre.id}/versions/${titre.versionId}`;
    for (const p of [
      "/titres",
      "/titres?q=zzzz-aucun",
      "/titres?etat=en_prolongation&tri=etat&ordre=desc",
      "/titres/nouveau",
      `/titres/${titre.id}`,
      `/titres/${titre.id}/historique`,
      `/titres/${titre.id}/modifier`,
      `/titres/${titre.id}/versions/nouveau`,
      `${version}/modifier`,
      `${version}/ccps/nouveau`,
      "/titres/import",
    ]) {
      await page.goto(p);
      expect(await seriousViolations(page), p).toEqual([]);
    }
    await page.goto(`/titres/${titre.id}/versions/nouveau`);
    await page.getByRole("button", { name: "Ajouter la version" }).click();
    await expect(page.getByText("Choisissez le niveau (3 à 7).")).toBeVisible();
    expect(await seriousViolations(page), "formulaire de version en erreur").toEqual([]);

    await page.goto(`/titres/${titre.id}`);
    await page.getByRole("button", { name: "Supprimer le CCP 1" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page), "confirmation de suppression").toEqual([]);
  });

  test("simulation d'import affichée", async ({ page, seed }) => {
    await loginAs(page, await seed.user("national"));
    await page.goto("/titres/import");
    await page.getByLabel("Fichier des titres (CSV)").setInputFiles(path.join(import.meta.dirname, "../fixtures/titres/code-manquant.csv"));
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByTestId("import-compte")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("liste et fiche en lecture seule (centre)", async ({ page, seed }) => {
    const titre = await seed.titre({ ccps: ["Accueillir"] });
    await loginAs(page, await seed.user("centre"));
    for (const p of ["/titres", `/titres/${titre.id}`, `/titres/${titre.id}/historique`]) {
      await page.goto(p);
      expect(await seriousViolations(page), p).toEqual([]);
    }
  });
});
