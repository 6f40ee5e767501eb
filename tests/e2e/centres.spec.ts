import { expect, loginAs, test } from "./support/fixtures";

/** A fictitious SIRET with a valid Luhn key, different in each run. */
function fictitiousSiret(): string {
  const body = `8${String(Math.floor(Math.random() * 1e12)).padStart(12, "0")}`;
  for (let key = 0; key < 10; key++) {
    const candidate = `${body}${key}`;
    const sum = [...candidate].reverse().reduce((s, c, i) => {
      let d = Number(c);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      return s + d;
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("inatteignable");
}

test.describe("centres", () => {
  test("un agent d'UD crée un centre (SIRET contrôlé, commune choisie dans la liste), enregistre son type et le retrouve filtré", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional", { regionCode: "76", departementCode: "30" }));
    await page.goto("/centres/nouveau");
    const siret = fictitiousSiret();
    const raisonSociale = `CFA DU GARD ${siret.slice(-6)}`;
    await page.getByLabel("SIRET").fill(`${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`);
    await page.getByLabel("Raison sociale").fill(raisonSociale);
    await page.getByRole("textbox", { name: /^Adresse/ }).fill("12 avenue de la Gare");
    await page.getByRole("textbox", { name: "Code postal" }).fill("30200");
    await page.getByRole("combobox", { name: /^Commune/ }).fill("bagnols sur ceze");
    await page.getByRole("option", { name: /Bagnols-sur-Cèze \(30200\) — Gard/ }).click();
    await page.getByRole("button", { name: "Créer le centre" }).click();
    await expect(page.getByText("Ce SIRET n'est pas valide (clé de contrôle) : vérifiez sa saisie.")).toBeVisible();

    await page.getByLabel("SIRET").fill(siret);
    const reseaux = page.getByRole("group", { name: "Réseaux (facultatif)" });
    await reseaux.getByRole("checkbox", { name: "AFPA" }).check({ force: true });
    await reseaux.getByRole("checkbox", { name: "GRETA" }).check({ force: true });
    await page.getByRole("button", { name: "Créer le centre" }).click();
    await expect(page.getByRole("heading", { level: 1, name: raisonSociale })).toBeVisible();
    await expect(page.locator("dt:text-is('Réseaux') + dd li")).toHaveText(["GRETA", "AFPA"]);
    await expect(page.getByTestId("type-centre")).toHaveText("-");
    await expect(page.getByText("30200 - BAGNOLS-SUR-CÈZE")).toBeVisible();

    await page.getByLabel("Nouveau type").selectOption("CFA");
    await page.getByLabel("S'applique à partir du").fill("2020-09-01");
    await page.getByRole("button", { name: "Enregistrer le type" }).click();
    await expect(page.getByTestId("type-centre")).toHaveText("CFA");
    await expect(page.getByTestId("historique-types")).toContainText("CFA à partir du 01/09/2020");

    await page.goto(`/centres?q=${encodeURIComponent(raisonSociale)}&type=CFA`);
    await expect(page.getByTestId("table-compte")).toHaveText("1–1 sur 1 résultat");
    await page.goto(`/centres?q=${encodeURIComponent(raisonSociale)}&type=non_renseigne`);
    await expect(page.getByTestId("table-compte")).toHaveText("Aucun résultat");
  });

  test("un utilisateur de centre ajoute un site et modifie son représentant, mais ne voit ni le type ni la liste des centres", async ({ page, seed }) => {
    const centre = await seed.centre();
    await loginAs(page, await seed.user("centre", { centreId: centre.id }));
    await page.goto(`/centres/${centre.id}/sites`);
    await page.getByLabel("Nom du site").fill("Plateau technique de Nîmes");
    await page.getByRole("textbox", { name: /^Adresse/ }).fill("5 rue de l'Agau");
    await page.getByRole("textbox", { name: "Code postal" }).fill("30000");
    await page.getByRole("combobox", { name: /^Commune/ }).fill("nimes");
    await page.getByRole("option", { name: /^Nîmes \(30000/ }).click();
    await page.getByRole("button", { name: "Ajouter le site" }).click();
    await expect(page.getByTestId("sites")).toContainText("Plateau technique de Nîmes — 5 rue de l'Agau, 30000 NÎMES");
    await page.getByRole("button", { name: "Modifier le site Plateau technique de Nîmes" }).click();
    await page.getByTestId("sites").getByLabel("Nom du site").fill("Plateau technique Nîmes-Agau");
    await page.getByRole("button", { name: "Enregistrer le site" }).click();
    await expect(page.getByTestId("sites")).toContainText("Plateau technique Nîmes-Agau — 5 rue de l'Agau, 30000 NÎMES");

    await page.goto(`/centres/${centre.id}`);
    await page.getByRole("button", { name: "Modifier" }).click();
    await page.getByLabel("Prénom").fill("Sophie");
    await page.getByLabel("Nom", { exact: true }).fill("MARTIN");
    await page.getByLabel("Téléphone (facultatif)").fill("0466");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Numéro de téléphone invalide, par exemple 04 66 00 00 00.")).toBeVisible();
    await page.getByLabel("Téléphone (facultatif)").fill("04 66 00 00 00");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("representant")).toContainText("Sophie MARTIN");
    await expect(page.getByRole("button", { name: "Enregistrer le type" })).toHaveCount(0);
    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page.getByRole("row", { name: /Modification du représentant/ })).toBeVisible();
    expect((await page.goto("/centres"))?.status()).toBe(404);
  });
});
