import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, seedDemo } from "@/db/seed/demo";
import { DEMO_JURE_PROLONGE } from "@/db/seed/demo-prolongation";
import { DEMO_JURE_SECOND } from "@/db/seed/demo-sessions";
import { addDays, todayInParis } from "@/lib/dates";
import { pdfText } from "../fixtures/pdf";
import { expect, loginAs, test } from "./support/fixtures";

/**
 * The scenario on the demo data itself (loaded into the e2e database as `npm run demo` does, the
 * référentiels being there already): CFA DES GARRIGUES opens a session of TP-01281 millésime 03 in the
 * prolongation of its agrément, convenes NGUYỄN Thị Mai (prolonged) and the second juror, downloads the
 * letters; the UD of the Hérault sees the session, 16 30 FORMATION receives 404.
 */
const demo = (email: string) => ({ email, password: DEMO_PASSWORD });
const nomComplet = (j: { nomNaissance: string; prenoms: string }) => `${j.nomNaissance} ${j.prenoms}`;

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await loginAs(page, demo(email));
  return page;
}

test.describe("démonstration : session du CFA en prolongation", () => {
  test("le CFA ouvre une session en prolongation (08:00), la déclare, convoque deux jurés dont la jurée prolongée, télécharge les lettres ; l'UD de l'Hérault la voit ; 16 30 FORMATION reçoit 404", async ({ browser, seed }) => {
    test.setTimeout(120_000);
    // Idempotent: a second run on the same database adds nothing.
    await seed.db.transaction((tx) => seedDemo(tx));

    const cfa = await signedIn(browser, "cfa.garrigues@ceres.demo");
    await cfa.goto("/");
    await cfa.getByRole("link", { name: "Créer une session" }).first().click();
    await expect(cfa.getByRole("heading", { level: 1, name: "Créer une session" })).toBeVisible();
    const today = todayInParis();
    // R2: today, 08:00, the convocation following the first day.
    await expect(cfa.getByLabel("Premier jour")).toHaveValue(today);
    await expect(cfa.getByLabel("Heure de début")).toHaveValue("08:00");
    await expect(cfa.getByLabel("Jour de convocation")).toHaveValue(today);
    await expect(cfa.getByLabel("Heure de convocation")).toHaveValue("08:00");
    // The only version it may open: TP-01281, on its site, in the prolongation of the title.
    await expect(cfa.getByLabel("Titre et version")).toContainText("TP-01281");
    await expect(cfa.getByLabel("Site")).toContainText("prolongation du titre");

    const premier = addDays(today, 10);
    await cfa.getByLabel("Premier jour").fill(premier);
    await cfa.getByLabel("Dernier jour").fill(addDays(premier, 1));
    await expect(cfa.getByLabel("Jour de convocation")).toHaveValue(premier);
    await cfa.getByLabel("Nombre de places").fill("10");
    await cfa.getByRole("button", { name: "Créer la session (brouillon)" }).click();

    const heading = cfa.getByRole("heading", { level: 1, name: /^Session \d{4}-34-\d{5}/ });
    await expect(heading).toContainText("Brouillon");
    const numero = /\d{4}-34-\d{5}/.exec((await heading.textContent()) ?? "")![0];
    const sessionUrl = new URL(cfa.url()).pathname;
    await expect(cfa.getByTestId("session-informations")).toContainText("08:00 (heure de Paris)");
    await expect(cfa.getByTestId("session-informations")).toContainText(`${premier.split("-").reverse().join("/")} à 08:00 (suit le premier jour)`);

    await cfa.getByRole("button", { name: "Déclarer la session" }).click();
    await cfa.getByRole("dialog").getByRole("button", { name: "Déclarer", exact: true }).click();
    await expect(heading).toContainText("Déclarée");

    // The jury: the prolonged juror and the second one, both eligible for the CFA's session.
    await cfa.goto(`${sessionUrl}/jury`);
    for (const jure of [DEMO_JURE_PROLONGE, DEMO_JURE_SECOND]) await cfa.getByRole("checkbox", { name: `Sélectionner ${nomComplet(jure)}` }).check({ force: true });
    await cfa.getByRole("button", { name: "Convoquer" }).click();
    await expect(cfa.getByTestId("resultat-convocation")).toContainText("Convoqués :");
    await expect(cfa.getByRole("heading", { level: 1 })).toContainText("Jury constitué");
    const actifs = cfa.getByTestId("jury-actif");
    await expect(actifs.locator("tbody tr")).toHaveCount(2);
    await expect(actifs).toContainText(`Madame ${nomComplet(DEMO_JURE_PROLONGE)}`);
    await expect(actifs).toContainText(`Monsieur ${nomComplet(DEMO_JURE_SECOND)}`);

    // The letters of the whole jury, one PDF, read by pdftotext: both names, with their diacritics.
    await cfa.goto(`${sessionUrl}/documents`);
    const downloading = cfa.waitForEvent("download");
    await cfa.getByRole("link", { name: "Toutes les lettres du jury (PDF)" }).click();
    const download = await downloading;
    const text = pdfText(await readFile((await download.path())!));
    expect(text).toContain(nomComplet(DEMO_JURE_PROLONGE));
    expect(text).toContain(nomComplet(DEMO_JURE_SECOND));
    expect(text).toContain(numero);

    // The UD of the session's département (Hérault) sees it in its list and opens it.
    const ud34 = await signedIn(browser, "ud34@ceres.demo");
    await ud34.goto("/sessions");
    await ud34.getByRole("link", { name: numero }).click();
    await expect(ud34.getByRole("heading", { level: 1, name: new RegExp(numero) })).toContainText("Jury constitué");
    await expect(ud34.getByTestId("session-informations")).toContainText("CFA DES GARRIGUES");

    // 16 30 FORMATION (Gard): the session does not exist for it.
    const centre1630 = await signedIn(browser, "centre.1630@ceres.demo");
    expect((await centre1630.goto(sessionUrl))?.status()).toBe(404);
    expect((await centre1630.goto(`${sessionUrl}/documents/convocations`))?.status()).toBe(404);
    await centre1630.goto("/sessions");
    await expect(centre1630.getByRole("row", { name: new RegExp(numero) })).toHaveCount(0);
  });
});
