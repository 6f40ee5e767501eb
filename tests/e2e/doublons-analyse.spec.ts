import { insertCandidats } from "../fixtures/doublons";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("analyse nationale des doublons", () => {
  test("l'administration nationale lance une analyse, suit son avancement et la voit terminée", async ({ page, seed }) => {
    const tag = Date.now().toString(36);
    await insertCandidats(seed.db, [
      { nomNaissance: `Nguyễn${tag}`, prenoms: "Thị Hoa", dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" },
      { nomNaissance: `NGUYEN${tag}`, prenoms: "Hoa, Thi", dateNaissance: "1985-07-21", naissanceCommuneCode: "75056" },
    ]);
    await loginAs(page, await seed.user("national"));
    await page.goto("/candidats/doublons/analyse");
    await expect(page.getByRole("heading", { level: 1, name: "Analyse des doublons de candidats" })).toBeVisible();
    await page.getByRole("button", { name: "Lancer une analyse" }).click();
    // The pg-boss worker of the server takes the job; the page refreshes itself until the run is over.
    const rows = page.getByRole("table", { name: "Dernières analyses des doublons" }).getByRole("row");
    await expect(rows.nth(1)).toContainText("Terminée", { timeout: 30_000 });
    await expect(rows.nth(1)).toContainText("100 %");
    await expect(page.getByRole("button", { name: "Lancer une analyse" })).toBeEnabled();
  });

  test("un agent régional ne trouve pas la page", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional"));
    const response = await page.goto("/candidats/doublons/analyse");
    expect(response?.status()).toBe(404);
  });
});
