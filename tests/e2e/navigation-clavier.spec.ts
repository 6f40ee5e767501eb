import { expect, loginAs, test } from "./support/fixtures";
import { seedAdvfVersion, seedJure, seedJuresCommunes } from "./support/jures";

test.describe("clavier, titres de page et erreurs de formulaire (accessibilité vue dans Chromium)", () => {
  test("le premier Tab atteint « Aller au contenu », Entrée y mène, et le premier champ de /jures/nouveau est à 3 Tab au plus", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional", { regionCode: "76", departementCode: "30" }));
    await page.goto("/jures/nouveau");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Aller au contenu" });
    await expect(skip).toBeFocused();
    await expect(page.getByRole("navigation", { name: "Accès rapide" }).getByRole("link")).toHaveText(["Aller au contenu", "Aller au menu", "Aller au pied de page"]);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.getElementById("contenu")?.contains(document.activeElement) ?? false)).toBe(true);

    let presses = 1;
    const civilite = page.getByLabel("Civilité");
    while (!(await civilite.evaluate((el) => el === document.activeElement)) && presses < 10) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    await expect(civilite).toBeFocused();
    expect(presses).toBeLessThanOrEqual(3);
  });

  test("les liens d'évitement sont aussi sur les pages publiques", async ({ page }) => {
    await page.goto("/connexion");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
    await expect(page.getByRole("link", { name: "Aller au pied de page" })).toHaveAttribute("href", "#fr-footer");
    await expect(page.locator("#fr-footer")).toHaveCount(1);
  });

  test("le titre d'une fiche nomme l'enregistrement, et ne le révèle pas hors du périmètre", async ({ page, browser, seed }) => {
    await seedJuresCommunes(seed.db);
    const version = await seedAdvfVersion(seed.db, "2024-06-30");
    const jure = await seedJure(seed.db, { nom: "ØRSTED", prenoms: "Karen Nguyễn", versionId: version.id, periodes: [] });
    const centre = await seed.centre({ raisonSociale: "16 30 FORMATION BAGNOLS" });
    await loginAs(page, await seed.user("regional", { regionCode: "76", departementCode: "30" }));
    await page.goto(`/jures/${jure.id}`);
    await expect(page).toHaveTitle("Fiche du juré — ØRSTED Karen Nguyễn — CERES");
    await page.goto(`/jures/${jure.id}/historique`);
    await expect(page).toHaveTitle("Historique du juré — ØRSTED Karen Nguyễn — CERES");
    await page.goto(`/jures/habilitations/${jure.habilitationId}`);
    await expect(page).toHaveTitle("Habilitation — ØRSTED Karen Nguyễn, TP-00391 — CERES");
    await page.goto(`/centres/${centre.id}`);
    await expect(page).toHaveTitle("Identification du centre — 16 30 FORMATION BAGNOLS — CERES");

    const context = await browser.newContext();
    const other = await context.newPage();
    await loginAs(other, await seed.user("regional", { regionCode: "84" }));
    expect((await other.goto(`/jures/${jure.id}`))?.status()).toBe(404);
    expect(await other.title()).not.toContain("ØRSTED");
    expect((await other.goto(`/centres/${centre.id}`))?.status()).toBe(404);
    expect(await other.title()).not.toContain("16 30 FORMATION");
    await context.close();
  });

  test("après un envoi vide, le récapitulatif des erreurs est annoncé (role=alert)", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional", { regionCode: "76", departementCode: "30" }));
    await page.goto("/jures/nouveau");
    await page.getByRole("button", { name: "Créer le juré" }).click();
    await expect(page.getByTestId("erreur-formulaire").getByRole("alert")).toContainText(/Le formulaire contient \d+ erreurs : corrigez les champs signalés\./);
    await expect(page.getByText("Saisissez le nom de naissance.")).toBeVisible();
  });

  test("un identifiant mal formé dans l'adresse répond 404, jamais 500", async ({ page, seed }) => {
    await loginAs(page, await seed.user("national"));
    const uuid = "00000000-0000-0000-0000-000000000000";
    for (const path of [
      "/centres/pas-un-uuid/agrements",
      `/centres/${"-".repeat(36)}`,
      "/centres/pas-un-uuid/sites",
      "/centres/pas-un-uuid/historique",
      `/jures/${"0".repeat(36)}`,
      "/jures/pas-un-uuid/habilitations",
      "/jures/habilitations/pas-un-uuid",
      "/titres/pas-un-uuid",
      `/titres/${uuid}/versions/pas-un-uuid/modifier`,
      "/utilisateurs/pas-un-uuid",
      "/agrements/pas-un-uuid",
      "/referentiels/territoires/pas-un-code",
      `/jures/a-convoquer?version=${"-".repeat(36)}&du=2026-03-10&siret=53060076600022`,
    ]) {
      const status = (await page.goto(path))?.status();
      expect(status === 404 || (path.includes("a-convoquer") && status === 200), `${path} → ${status}`).toBe(true);
    }
  });
});
