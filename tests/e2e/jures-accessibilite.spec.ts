import { seriousViolations } from "./support/axe";
import { expect, loginAs, test } from "./support/fixtures";
import { seedAdvfVersion, seedAgrementValide, seedJure, seedJuresCommunes } from "./support/jures";

test.describe("accessibilité des pages des jurés (axe-core, aucune violation grave ou critique)", () => {
  test("liste, fiche, habilitations, liens, écran d'habilitation, historiques, import (agent d'UD)", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const version = await seedAdvfVersion(seed.db, "2024-06-30");
    const centre = await seed.centre();
    const jure = await seedJure(seed.db, { versionId: version.id, periodes: [{ debut: "2019-01-01", fin: "2024-06-30" }], lienCentreId: centre.id });
    await loginAs(page, await seed.user("regional", { regionCode: "76", departementCode: "30" }));
    for (const path of [
      "/jures",
      "/jures?q=zzzz-aucun",
      "/jures/nouveau",
      `/jures/${jure.id}`,
      `/jures/${jure.id}/habilitations`,
      `/jures/${jure.id}/liens`,
      `/jures/${jure.id}/historique`,
      `/jures/habilitations/${jure.habilitationId}`,
      `/jures/habilitations/${jure.habilitationId}/historique`,
      "/jures/import",
      "/jures/a-convoquer",
      `/jures/a-convoquer?version=${version.id}&du=2025-03-10&au=2025-03-11&siret=${centre.siret}`,
    ]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.goto("/jures/nouveau");
    await page.getByRole("button", { name: "Créer le juré" }).click();
    await expect(page.getByText("Saisissez le nom de naissance.")).toBeVisible();
    expect(await seriousViolations(page), "formulaire du juré en erreur").toEqual([]);
    await page.goto("/jures/a-convoquer?version=&du=2025-03-10&au=2025-03-01&siret=123");
    await expect(page.getByText("Le dernier jour ne peut pas précéder le premier.")).toBeVisible();
    expect(await seriousViolations(page), "critères de session en erreur").toEqual([]);
  });

  test("liste des jurés à convoquer (utilisateur de centre)", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const version = await seedAdvfVersion(seed.db, "2024-06-30");
    const centre = await seed.centre();
    await seedJure(seed.db, { versionId: version.id, periodes: [{ debut: "2019-01-01", fin: "2024-06-30" }] });
    await seedJure(seed.db, { versionId: version.id, periodes: [{ debut: "2019-01-01", fin: "2024-06-30" }], lienCentreId: centre.id });
    await seedAgrementValide(seed.db, centre.id, version.id, "2024-06-30");
    await loginAs(page, await seed.user("centre", { centreId: centre.id }));
    await page.goto(`/jures/a-convoquer?version=${version.id}&du=2025-03-10&au=2025-03-11`);
    await expect(page.getByTestId("compte-eligibles")).toHaveText("1 juré éligible sur 2.");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
