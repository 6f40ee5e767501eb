import { agrements } from "@/db/schema";
import { addDays, todayInParis } from "@/lib/dates";
import { expect, loginAs, test } from "./support/fixtures";

const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe("sessions", () => {
  test("un centre crée une session (08:00, convocation qui suit le premier jour), la déclare, la retrouve dans la liste et « À traiter » ; l'UD du Gard la voit, un autre centre reçoit 404", async ({ browser, seed }) => {
    const centre = await seed.centre({ raisonSociale: "16 30 FORMATION E2E" });
    const site = await seed.site(centre.id, "Plateau Ørsted");
    const titre = await seed.titreVersion();
    await seed.db.insert(agrements).values({ centreId: centre.id, titreVersionId: titre.versionId, siteId: site.id, statut: "acceptee", dateDecision: "2024-01-15", validFrom: "2024-01-15", validTo: "2029-12-31" });
    const centreUser = await seed.user("centre", { centreId: centre.id });
    const ud30 = await seed.user("regional", { regionCode: "76", departementCode: "30" });
    const autreCentre = await seed.user("centre");

    const page = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
    await loginAs(page, centreUser);
    await page.goto("/");
    await page.getByRole("link", { name: "Créer une session" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Créer une session" })).toBeVisible();

    const today = todayInParis();
    await expect(page.getByLabel("Premier jour")).toHaveValue(today);
    await expect(page.getByLabel("Heure de début")).toHaveValue("08:00");
    await expect(page.getByLabel("Jour de convocation")).toHaveValue(today);
    await expect(page.getByLabel("Heure de convocation")).toHaveValue("08:00");
    await expect(page.getByTestId("convocation-etat")).toContainText("Suit le premier jour");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sessions-nouvelle.png`, fullPage: true });

    const premier = addDays(today, 14);
    await page.getByLabel("Premier jour").fill(premier);
    await page.getByLabel("Dernier jour").fill(addDays(premier, 1));
    await expect(page.getByLabel("Jour de convocation")).toHaveValue(premier);
    await page.getByLabel("Nombre de places").fill("12");
    await page.getByRole("button", { name: "Créer la session (brouillon)" }).click();

    const heading = page.getByRole("heading", { level: 1, name: /^Session \d{4}-30-\d{5}/ });
    await expect(heading).toBeVisible();
    const numero = /\d{4}-30-\d{5}/.exec((await heading.textContent()) ?? "")![0];
    const sessionUrl = page.url();
    await expect(heading).toContainText("Brouillon");
    await expect(page.getByTestId("session-informations")).toContainText("08:00 (heure de Paris)");
    await expect(page.getByTestId("session-informations")).toContainText(`${premier.split("-").reverse().join("/")} à 08:00 (suit le premier jour)`);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sessions-informations.png`, fullPage: true });

    await page.getByRole("button", { name: "Déclarer la session" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Déclarer", exact: true }).click();
    await expect(heading).toContainText("Déclarée");

    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page.getByRole("row", { name: /Déclaration de la session/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Création de la session/ })).toBeVisible();

    await page.goto("/sessions");
    await expect(page.getByRole("row", { name: new RegExp(numero) })).toContainText("Déclarée");
    await page.getByRole("link", { name: "À traiter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sessions à traiter" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(numero) })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/sessions-liste.png`, fullPage: true });

    const udPage = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await loginAs(udPage, ud30);
    await udPage.goto("/sessions");
    await udPage.getByRole("link", { name: numero }).click();
    await expect(udPage.getByRole("heading", { level: 1, name: new RegExp(numero) })).toBeVisible();
    await expect(udPage.getByTestId("session-informations")).toContainText("16 30 FORMATION E2E");

    const autrePage = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await loginAs(autrePage, autreCentre);
    expect((await autrePage.goto(sessionUrl))?.status()).toBe(404);
    expect((await autrePage.goto(`${sessionUrl}/historique`))?.status()).toBe(404);
    await autrePage.goto("/sessions");
    await expect(autrePage.getByRole("row", { name: new RegExp(numero) })).toHaveCount(0);
  });
});
