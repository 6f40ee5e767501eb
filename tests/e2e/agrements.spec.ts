import { expect, loginAs, test } from "./support/fixtures";

test.describe("agréments", () => {
  test("un centre dépose une demande, l'UD l'accepte, le centre la voit « Valide » et peut ouvrir une session pour ce titre", async ({ browser, seed }) => {
    const centre = await seed.centre({ raisonSociale: "CENTRE AGREMENT E2E" });
    const site = await seed.site(centre.id, "Plateau technique E2E");
    const titre = await seed.titreVersion();
    const centreUser = await seed.user("centre", { centreId: centre.id });
    const agent = await seed.user("regional", { regionCode: "76", departementCode: "30" });

    const centrePage = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await loginAs(centrePage, centreUser);
    await centrePage.goto(`/centres/${centre.id}/agrements`);
    await expect(centrePage.getByTestId("titres-ouvrables")).toContainText("Aucun");
    await centrePage.getByLabel("Titre et version").selectOption({ label: `${titre.code} — ${titre.intitule} (millésime 01 (01/01/2022))` });
    await centrePage.getByLabel("Site d'examen").selectOption({ label: `${site.libelle} — Bagnols-sur-Cèze` });
    await centrePage.getByRole("button", { name: "Déposer la demande" }).click();
    await expect(centrePage.getByText("Votre demande a été transmise à la DREETS pour instruction.")).toBeVisible();
    await expect(centrePage.getByRole("row", { name: new RegExp(titre.code) })).toContainText("En cours d'instruction");

    const agentPage = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await loginAs(agentPage, agent);
    await agentPage.goto("/agrements");
    await agentPage.getByRole("link", { name: new RegExp(`Instruire.*${centre.raisonSociale}.*${titre.code}`) }).click();
    await expect(agentPage.getByRole("heading", { level: 1, name: new RegExp(`Agrément ${titre.code}`) })).toBeVisible();
    await agentPage.getByLabel("Valide jusqu'au").fill("2029-12-31");
    await agentPage.getByRole("button", { name: "Accepter la demande" }).click();
    await expect(agentPage.getByRole("heading", { level: 1, name: /Valide/ })).toBeVisible();
    await expect(agentPage.getByRole("row", { name: /Acceptation de l'agrément/ })).toBeVisible();

    await centrePage.reload();
    await expect(centrePage.getByRole("row", { name: new RegExp(titre.code) })).toContainText("Valide");
    await centrePage.goto("/");
    await expect(centrePage.getByTestId("titres-ouvrables")).toContainText(`${titre.code} ${titre.intitule}`);
  });

  test("la validité au-delà de la fin de vie est refusée à côté du champ", async ({ page, seed }) => {
    const centre = await seed.centre();
    const site = await seed.site(centre.id);
    const titre = await seed.titreVersion({ finDeVie: "2027-06-30" });
    const { agrements } = await import("@/db/schema");
    const [request] = await seed.db.insert(agrements).values({ centreId: centre.id, titreVersionId: titre.versionId, siteId: site.id }).returning({ id: agrements.id });
    await loginAs(page, await seed.user("regional", { regionCode: "76" }));
    await page.goto(`/agrements/${request!.id}`);
    await page.getByLabel("Valide jusqu'au").fill("2027-12-31");
    await page.getByRole("button", { name: "Accepter la demande" }).click();
    await expect(page.getByText("La validité ne peut pas dépasser la fin de vie de la version du titre (30/06/2027).").first()).toBeVisible();
  });

  test("un refus sans motif est signalé à côté du champ, puis le refus motivé est enregistré", async ({ page, seed }) => {
    const centre = await seed.centre();
    const site = await seed.site(centre.id);
    const titre = await seed.titreVersion();
    const { agrements } = await import("@/db/schema");
    const [request] = await seed.db.insert(agrements).values({ centreId: centre.id, titreVersionId: titre.versionId, siteId: site.id }).returning({ id: agrements.id });
    await loginAs(page, await seed.user("regional", { regionCode: "76" }));
    await page.goto(`/agrements/${request!.id}`);
    await page.getByRole("group", { name: "Décision du préfet de région" }).getByRole("radio", { name: "Refuser" }).check({ force: true });
    const motif = page.getByRole("textbox", { name: /^Motif du refus/ });
    await motif.fill("Non");
    await page.getByRole("button", { name: "Refuser la demande" }).click();
    await expect(page.getByText("Indiquez le motif du refus : il est communiqué au centre.")).toBeVisible();
    await expect(motif).toHaveAttribute("aria-invalid", "true");
    await expect(motif).toHaveAccessibleDescription(/^Indiquez le motif du refus : il est communiqué au centre\./);

    await motif.fill("Plateau technique de Bagnols-sur-Cèze non conforme (référentiel d'Ørsted)");
    await page.getByRole("button", { name: "Refuser la demande" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Refusée/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Refus de l'agrément/ })).toBeVisible();
  });

  test("un agent d'une autre région n'ouvre pas la fiche d'un centre d'Occitanie (404)", async ({ page, seed }) => {
    const centre = await seed.centre();
    await loginAs(page, await seed.user("regional", { regionCode: "84" }));
    const response = await page.goto(`/centres/${centre.id}`);
    expect(response?.status()).toBe(404);
  });

  test("un utilisateur de centre n'ouvre pas la fiche d'un autre centre (404) ni la file d'instruction", async ({ page, seed }) => {
    const other = await seed.centre();
    await loginAs(page, await seed.user("centre"));
    expect((await page.goto(`/centres/${other.id}`))?.status()).toBe(404);
    expect((await page.goto("/agrements"))?.status()).toBe(404);
  });
});
