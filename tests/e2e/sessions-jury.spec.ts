import { createAgrementRow, createSessionRow } from "../fixtures/sessions";
import { expect, loginAs, test } from "./support/fixtures";
import { seedJure, seedJuresCommunes } from "./support/jures";

test.describe("Jury d'une session", () => {
  test("un centre convoque deux jurés sur une session déclarée : jury constitué ; un retrait motivé la ramène à déclarée", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const centre = await seed.centre();
    const site = await seed.site(centre.id);
    const version = await seed.titreVersion();
    const agrement = await createAgrementRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId });
    const session = await createSessionRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId, agrementId: agrement.id, dateDebut: "2027-03-15", dateFin: "2027-03-16" });
    const periodes = [{ debut: "2020-01-01", fin: "2029-12-31" }];
    const mai = await seedJure(seed.db, { versionId: version.versionId, periodes, nom: `NGUYỄN-${session.numero}`, prenoms: "Thị Mai" });
    const anders = await seedJure(seed.db, { versionId: version.versionId, periodes, nom: `ØRSTED-${session.numero}`, prenoms: "Anders" });
    const lie = await seedJure(seed.db, { versionId: version.versionId, periodes, nom: `LE GALL-${session.numero}`, prenoms: "Yann", lienCentreId: centre.id });

    await loginAs(page, await seed.user("centre", { centreId: centre.id }));
    await page.goto(`/sessions/${session.id}/jury`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Déclarée");
    await expect(page.getByTestId("jury-compte")).toContainText("Aucun juré convoqué.");
    await expect(page.getByTestId("compte-eligibles")).toHaveText("2 jurés éligibles sur 3.");
    // The centre's own formateur is listed with the reason, without contact data; no birth data for a centre.
    const row = page.locator(`tr[data-row-key="${lie.id}"]`);
    await expect(row.getByTestId("raisons")).toHaveText("Lié au centre de la session (formateur)");
    await expect(page.getByText("né(e) le")).toHaveCount(0);

    await page.getByRole("checkbox", { name: `Sélectionner ${mai.nom} Thị Mai` }).check({ force: true });
    await page.getByRole("checkbox", { name: `Sélectionner ${anders.nom} Anders` }).check({ force: true });
    await page.getByRole("button", { name: "Convoquer" }).click();
    await expect(page.getByTestId("resultat-convocation")).toContainText(`Convoqués : ${mai.nom} Thị Mai, ${anders.nom} Anders.`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Jury constitué");
    const actifs = page.getByTestId("jury-actif");
    await expect(actifs.locator("tbody tr")).toHaveCount(2);
    await expect(actifs).toContainText(`Madame ${mai.nom} Thị Mai`);
    await expect(actifs).toContainText("Pas encore envoyée");

    await page.getByRole("button", { name: `Retirer ${mai.nom} Thị Mai du jury` }).click();
    await page.getByRole("button", { name: "Confirmer le retrait" }).click();
    await expect(page.getByTestId("erreur-formulaire")).toBeVisible();
    await page.getByLabel(`Motif du retrait de ${mai.nom} Thị Mai`).fill("Indisponible : hospitalisée");
    await page.getByRole("button", { name: "Confirmer le retrait" }).click();
    await expect(page.getByTestId("jury-retires")).toContainText(`Madame ${mai.nom} Thị Mai — retiré le`);
    await expect(page.getByTestId("jury-retires")).toContainText("Indisponible : hospitalisée");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Déclarée");
    await expect(actifs.locator("tbody tr")).toHaveCount(1);

    await page.goto(`/sessions/${session.id}/historique`);
    await expect(page.getByText("Retrait d'un juré du jury").first()).toBeVisible();
  });

  test("une session en brouillon : l'onglet dit pourquoi le jury ne se convoque pas encore", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const centre = await seed.centre();
    const site = await seed.site(centre.id);
    const version = await seed.titreVersion();
    const agrement = await createAgrementRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId });
    const session = await createSessionRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId, agrementId: agrement.id, dateDebut: "2027-03-15", statut: "brouillon" });
    await loginAs(page, await seed.user("centre", { centreId: centre.id }));
    await page.goto(`/sessions/${session.id}/jury`);
    await expect(page.getByTestId("jury-ferme")).toContainText("Déclarez la session pour convoquer le jury");
    await expect(page.getByRole("button", { name: "Convoquer" })).toHaveCount(0);
    const autre = await seed.user("centre");
    const other = await page.context().browser()!.newContext();
    const otherPage = await other.newPage();
    await loginAs(otherPage, autre);
    expect((await otherPage.goto(`/sessions/${session.id}/jury`))?.status()).toBe(404);
    await other.close();
  });
});
