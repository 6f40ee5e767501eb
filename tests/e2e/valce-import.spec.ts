import { and, eq, inArray } from "drizzle-orm";
import { centres, titres, titreVersions } from "@/db/schema";
import { FIN_DE_VIE_ADVF_2011, SAMPLE_SIRETS, uniqueValceSample, VALCE_CP1252, VALCE_UTF8_BOM } from "../fixtures/valce";
import { expect, loginAs, test } from "./support/fixtures";
import type { Locator } from "@playwright/test";

/** The number shown above a label in a row of counts ("6" above "agréments à créer"). */
const countOf = (counts: Locator, label: string) => counts.getByRole("listitem").filter({ hasText: label }).locator(".ceres-count__value");

test.describe("import des agréments VALCE", () => {
  test("un agent de la DREETS Occitanie simule puis applique l'export VALCE, et un second import ne change rien", async ({ page, seed }) => {
    // The reference file has no fin de vie for TP-00391 (2011): the sample's line 9 needs one (see tests/fixtures/valce/README.md).
    const [advf] = await seed.db.select({ id: titres.id }).from(titres).where(eq(titres.code, "TP-00391"));
    await seed.db.update(titreVersions).set({ finDeVie: FIN_DE_VIE_ADVF_2011 }).where(and(eq(titreVersions.titreId, advf!.id), eq(titreVersions.dateVersion, "2011-03-16")));
    // The sample's centres and VALCE identifiers, unique to this run (both are unique in the database).
    const sample = uniqueValceSample();
    const agent = await seed.user("regional", { regionCode: "76" });
    await loginAs(page, agent);

    await page.goto("/");
    await page.getByRole("button", { name: "Agréments" }).click();
    await page.getByRole("link", { name: "Importer depuis VALCE" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Importer des agréments depuis VALCE" })).toBeVisible();
    await expect(page.getByText("Vous importez pour la DREETS Occitanie")).toBeVisible();

    await page.getByLabel("Fichier exporté de VALCE").setInputFiles({ name: VALCE_CP1252, mimeType: "text/csv", buffer: sample.cp1252 });
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByRole("heading", { name: `Simulation de l'import de « ${VALCE_CP1252} »` })).toBeVisible();
    await expect(page.getByText("Encodage détecté : Windows-1252 (format d'export de VALCE).")).toBeVisible();
    const simulation = page.getByTestId("comptes-simulation");
    for (const [label, value] of [["agréments à créer", "6"], ["lignes rejetées", "8"], ["centres à créer", "3"], ["sites à créer", "4"], ["agréments inchangés", "0"]]) {
      await expect(countOf(simulation, label!)).toHaveText(value!);
    }

    // Rejected lines come first, each with its reason.
    const row = (line: number) => page.locator(`tr[data-ligne="${line}"]`);
    await expect(row(13)).toContainText("Centre inconnu ou hors de votre périmètre");
    await expect(row(9)).toContainText("postérieure à la fin de vie de la version (31/12/2024)");
    await expect(row(7)).toContainText("Ce SIRET n'est pas valide");
    await expect(row(2)).toHaveCount(0);
    await page.getByLabel("Afficher").selectOption("toutes");
    await expect(row(2)).toContainText("Nouveau centre « 16 30 FORMATION »");
    await expect(row(2)).toContainText("la décision « Acceptée » fait foi et l'agrément est accepté (R8)");

    await page.getByRole("button", { name: "Appliquer l'import" }).click();
    const dialog = page.getByRole("dialog", { name: "Appliquer l'import ?" });
    await expect(dialog).toContainText("6 agréments seront créés, 3 centres seront créés, 4 sites seront créés. 8 lignes rejetées seront ignorées.");
    await dialog.getByRole("button", { name: "Appliquer l'import" }).click();
    await expect(page.getByText("L'import a été appliqué")).toBeVisible();
    const applied = page.getByTestId("comptes-import");
    for (const [label, value] of [["agréments créés", "6"], ["lignes ignorées", "8"], ["centres créés", "3"], ["sites créés", "4"]]) {
      await expect(countOf(applied, label!)).toHaveText(value!);
    }
    const created = await seed.db.select({ siret: centres.siret }).from(centres).where(inArray(centres.siret, SAMPLE_SIRETS.map((s) => sample.siret(s))));
    // The Lyon centre (line 13) is out of the agent's scope: not created.
    expect(created.map((c) => c.siret).sort()).toEqual(["53060076600022", "79015862000027", "81427395900019"].map((s) => sample.siret(s)).sort());

    await page.getByRole("button", { name: "Importer un autre fichier" }).click();
    await page.getByLabel("Fichier exporté de VALCE").setInputFiles({ name: VALCE_UTF8_BOM, mimeType: "text/csv", buffer: sample.utf8Bom });
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByText("Encodage détecté : UTF-8.")).toBeVisible();
    await expect(countOf(page.getByTestId("comptes-simulation"), "agréments inchangés")).toHaveText("6");
    await expect(countOf(page.getByTestId("comptes-simulation"), "agréments à créer")).toHaveText("0");
    await expect(page.getByText("Rien à appliquer : ce fichier ne crée ni ne modifie aucun agrément.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Appliquer l'import" })).toHaveCount(0);
  });

  test("un fichier qui n'est pas un export CSV est refusé avec un message clair", async ({ page, seed }) => {
    await loginAs(page, await seed.user("national"));
    await page.goto("/agrements/import");
    await page.getByLabel("Fichier exporté de VALCE").setInputFiles({ name: "agrements.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]) });
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Ce fichier n'est pas un fichier CSV (c'est peut-être un classeur Excel" });
    await expect(alert).toContainText("Rien n'a été modifié.");
    await expect(page.getByRole("button", { name: "Lancer la simulation" })).toBeEnabled();
  });

  test("la page n'existe pas pour un utilisateur de centre", async ({ page, seed }) => {
    await loginAs(page, await seed.user("centre"));
    const response = await page.goto("/agrements/import");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  });
});
