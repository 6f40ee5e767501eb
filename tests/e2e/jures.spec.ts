import { randomUUID } from "node:crypto";
import { expect, loginAs, test } from "./support/fixtures";
import { seedAdvfVersion, seedAgrementValide, seedJure, seedJuresCommunes } from "./support/jures";

const FIN_DE_VIE = "2024-06-30";

test.describe("jurés, habilitations et liste des jurés à convoquer", () => {
  test("un agent d'UD habilite un juré né dans une commune disparue jusqu'à la fin de vie ; le centre le trouve éligible pendant la prolongation", async ({ page, browser, seed }) => {
    await seedJuresCommunes(seed.db);
    const version = await seedAdvfVersion(seed.db, FIN_DE_VIE);
    const nom = `CAMBOU${randomUUID().slice(0, 6).toUpperCase().replace(/[0-9]/g, "X")}`;
    const agent = await seed.user("regional", { regionCode: "76", departementCode: "30" });
    await loginAs(page, agent);

    // The juror's record: born in Cambo, a commune of the Gard merged in 1969.
    await page.goto("/jures/nouveau");
    await page.getByLabel("Civilité").selectOption("Madame");
    await page.getByLabel("Nom de naissance", { exact: true }).fill(nom);
    await page.getByLabel("Prénoms").fill("Jeanne Marie");
    await page.getByLabel("Date de naissance", { exact: true }).fill("1962-03-05");
    // Searched as the communes were on the birth date: Cambo still existed in 1962.
    await page.getByRole("combobox", { name: /^Commune de naissance/ }).fill("cambo");
    await page.getByRole("option", { name: /^Cambo — Gard/ }).click();
    await page.getByRole("combobox", { name: /^Commune de résidence/ }).fill("nimes");
    await page.getByRole("option", { name: /^Nîmes \(30\d{3}\) — Gard/ }).click();
    await page.getByLabel("Adresse électronique (facultatif)").fill("jeanne.cambou@exemple.fr");
    await page.getByRole("button", { name: "Créer le juré" }).click();
    await expect(page.getByText("Le juré a été créé.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Madame ${nom} Jeanne Marie`);
    await expect(page.getByTestId("identite-jure")).toContainText("Cambo (30063)");

    // A habilitation for the spec's version of TP-00391, whose fin de vie is 30/06/2024.
    await page.getByRole("tab", { name: "Habilitations" }).click();
    await page.getByLabel("Version du titre (champ de compétences)").selectOption({ label: version.label });
    await page.getByLabel("Date de début d'emploi lié au TP (facultatif)").fill("2000-01-03");
    await page.getByLabel("Dernière date connue d'occupation de l'emploi (facultatif)").fill("2023-12-31");
    await page.getByLabel("Date de professionnalisation (facultatif)").fill("2018-05-14");
    await page.getByRole("button", { name: "Ouvrir l'habilitation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(version.label);
    await expect(page.getByText("Aucune intervention pour cette version du titre")).toBeVisible();

    const ajout = page.getByRole("region", { name: "Ajouter une période" });
    await ajout.getByLabel("Début").fill("2019-07-01");
    await ajout.getByLabel(/^Fin/).fill("2024-07-01");
    await ajout.getByRole("button", { name: "Ajouter la période" }).click();
    await expect(page.getByTestId("erreur-formulaire")).toContainText("ne peut pas finir après la fin de vie de la version du titre (30/06/2024)");
    await ajout.getByLabel(/^Fin/).fill(FIN_DE_VIE);
    await ajout.getByRole("button", { name: "Ajouter la période" }).click();
    await expect(page.getByTestId("habilite-jusqu-au")).toHaveText("Habilité jusqu'au 30/06/2024 — prolongée jusqu'au 30/06/2026 (prolongation du titre)");
    await expect(page.getByTestId("periodes")).toContainText("01/07/2019 → 30/06/2024 — prolongée jusqu'au 30/06/2026 (prolongation du titre)");

    // The centre's side: a session in the prolongation period (March 2025), with one of its own trainers habilitated too.
    const centre = await seed.centre();
    const formateur = await seedJure(seed.db, { versionId: version.id, periodes: [{ debut: "2020-01-01", fin: FIN_DE_VIE }], lienCentreId: centre.id });
    await seedAgrementValide(seed.db, centre.id, version.id, FIN_DE_VIE);
    const centreUser = await seed.user("centre", { centreId: centre.id });
    const context = await browser.newContext();
    const centrePage = await context.newPage();
    await loginAs(centrePage, centreUser);
    await centrePage.goto("/jures/a-convoquer");
    await centrePage.getByLabel("Titre et version de la session").selectOption({ label: version.label });
    await centrePage.getByLabel("Premier jour").fill("2025-03-10");
    await centrePage.getByLabel("Dernier jour").fill("2025-03-11");
    await centrePage.getByRole("button", { name: "Afficher les jurés" }).click();

    await expect(centrePage.getByTestId("compte-eligibles")).toHaveText("1 juré éligible sur 2.");
    const rows = centrePage.locator("tbody tr");
    await expect(rows.nth(0)).toContainText(`${nom} Jeanne Marie`);
    await expect(rows.nth(0)).toContainText("Éligible");
    await expect(rows.nth(0)).toContainText("jeanne.cambou@exemple.fr");
    await expect(rows.nth(1)).toContainText(`${formateur.nom} ${formateur.prenoms}`);
    await expect(rows.nth(1).getByTestId("raisons")).toHaveText("Lié au centre de la session (formateur)");
    await expect(rows.nth(1)).not.toContainText("@exemple.fr");
    await expect(centrePage.getByText("né(e) le")).toHaveCount(0);

    await centrePage.getByRole("checkbox", { name: `Sélectionner ${nom} Jeanne Marie` }).check({ force: true });
    await expect(centrePage.getByTestId("selection-compte")).toHaveText("1 juré sélectionné");

    const exportHref = await centrePage.getByRole("link", { name: /Exporter en CSV/ }).getAttribute("href");
    const csv = await (await centrePage.request.get(exportHref!)).text();
    expect(csv).toContain(`"${nom}";"Jeanne Marie";"oui"`);
    expect(csv).toContain("Lié au centre de la session (formateur)");
    expect(csv).not.toContain("Date de naissance");
    expect(csv).not.toContain("1962");
    await centrePage.goto(`/centres/${centre.id}/historique`);
    await expect(centrePage.getByText("Export de la liste des jurés à convoquer")).toBeVisible();
    await context.close();
  });

  test("un utilisateur de centre n'ouvre que la liste de son centre agréé, et jamais les fiches des jurés (404)", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const version = await seedAdvfVersion(seed.db, FIN_DE_VIE);
    const autre = await seed.centre();
    const jure = await seedJure(seed.db, { versionId: version.id, periodes: [{ debut: "2020-01-01", fin: FIN_DE_VIE }] });
    await loginAs(page, await seed.user("centre"));
    // Its own centre, but no agrément for this version: neither the list nor its export (R1).
    expect((await page.goto(`/jures/a-convoquer?version=${version.id}&du=2024-03-10&au=2024-03-11`))?.status()).toBe(404);
    expect((await page.request.get(`/jures/a-convoquer/export?version=${version.id}&du=2024-03-10&au=2024-03-11`)).status()).toBe(404);
    expect((await page.goto(`/jures/a-convoquer?version=${version.id}&du=2025-03-10&siret=${autre.siret}`))?.status()).toBe(404);
    expect((await page.goto(`/jures/${jure.id}`))?.status()).toBe(404);
    expect((await page.goto(`/jures/habilitations/${jure.habilitationId}`))?.status()).toBe(404);
    expect((await page.goto("/jures"))?.status()).toBe(404);
  });
});
