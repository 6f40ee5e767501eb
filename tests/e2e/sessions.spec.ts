import { and, eq } from "drizzle-orm";
import { agrements, auditEvents } from "@/db/schema";
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

  test("l'UD du Gard crée une session CCP pour un centre choisi par son SIRET, saisit la convocation, puis exporte la liste (audité)", async ({ page, seed }) => {
    const centre = await seed.centre({ raisonSociale: "CENTRE NGUYỄN E2E" });
    const site = await seed.site(centre.id, "Plateau Nguyễn");
    const titre = await seed.titre({ ccps: ["Accueillir les personnes", "Réaliser les soins d'hygiène"], finDeVie: "2029-12-31" });
    await seed.db.insert(agrements).values({ centreId: centre.id, titreVersionId: titre.versionId, siteId: site.id, statut: "acceptee", dateDecision: "2024-01-15", validFrom: "2024-01-15", validTo: "2029-12-31" });
    const ud30 = await seed.user("regional", { regionCode: "76", departementCode: "30" });
    await loginAs(page, ud30);

    await page.goto("/sessions/nouvelle");
    await page.getByLabel("SIRET du centre").fill(centre.siret.replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, "$1 $2 $3 $4"));
    await page.getByRole("button", { name: "Chercher" }).click();
    await page.getByRole("combobox", { name: /^Centre/ }).selectOption({ label: `${centre.raisonSociale} — ${centre.siret} (Bagnols-sur-Cèze)` });
    await page.getByRole("button", { name: "Continuer" }).click();
    await expect(page.getByText(`${centre.raisonSociale} (SIRET ${centre.siret})`)).toBeVisible();

    const premier = addDays(todayInParis(), 30);
    await page.getByRole("radio", { name: /Session CCP/ }).check({ force: true });
    await page.getByRole("checkbox", { name: /Réaliser les soins/ }).check({ force: true });
    await page.getByLabel("Heure de convocation").fill("07:30");
    await expect(page.getByTestId("convocation-etat")).toContainText("Convocation saisie");
    await page.getByLabel("Premier jour").fill(premier);
    await page.getByLabel("Dernier jour").fill(premier);
    await page.getByLabel("Jour de convocation").fill(premier);
    await page.getByRole("button", { name: "Créer la session (brouillon)" }).click();

    const infos = page.getByTestId("session-informations");
    await expect(infos).toContainText("Session CCP");
    await expect(infos).toContainText("Réaliser les soins d'hygiène");
    await expect(infos).not.toContainText("Accueillir les personnes");
    await expect(infos).toContainText(`${premier.split("-").reverse().join("/")} à 07:30 (saisie)`);
    const numero = /\d{4}-30-\d{5}/.exec((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")![0];

    await page.goto(`/sessions?centre=${centre.siret}`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /Exporter en CSV \(1 ligne\)/ }).click();
    const csv = await (await (await download).createReadStream()).toArray();
    const text = Buffer.concat(csv).toString("utf8");
    expect(text).toContain(`"${numero}"`);
    expect(text).toContain('"Session CCP"');
    const audits = await seed.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.action, "session.export"), eq(auditEvents.actorId, ud30.id)));
    expect(audits).toHaveLength(1);
  });
});
