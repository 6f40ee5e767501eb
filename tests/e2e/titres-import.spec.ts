import { readFileSync } from "node:fs";
import path from "node:path";
import { REFERENCE_DIR } from "@/db/seed/referentiels";
import { importTitresAsSystem } from "@/lib/titres/import/apply";
import { expect, loginAs, test } from "./support/fixtures";

const fixture = (name: string) => path.join(import.meta.dirname, "../fixtures/titres", name);

test.describe("import de titres", () => {
  test("un national importe un fichier : message clair pour un mauvais fichier, simulation ligne par ligne, application, puis la liste montre le changement", async ({ page, seed }) => {
    // The titles of db/reference/titres.csv, as `npm run db:seed` loads them (idempotent).
    await seed.db.transaction((tx) => importTitresAsSystem(tx, new Uint8Array(readFileSync(path.join(REFERENCE_DIR, "titres.csv"))), "Chargement initial (e2e)"));
    const admin = await seed.user("national");
    await loginAs(page, admin);
    await page.goto("/titres");
    await page.getByRole("link", { name: "Importer un fichier" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Importer des titres" })).toBeVisible();

    // Every id the file input points at exists on the page (the DSFR Upload pointed at a missing error message).
    const input = page.getByLabel("Fichier des titres (CSV)");
    for (const id of (await input.getAttribute("aria-describedby"))!.split(" ")) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);

    await page.getByLabel("Fichier des titres (CSV)").setInputFiles(fixture("windows-1252.csv"));
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByText("Le fichier n'est pas encodé en UTF-8. Enregistrez-le en « CSV UTF-8 » puis recommencez.")).toBeVisible();
    for (const id of (await input.getAttribute("aria-describedby"))!.split(" ")) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Appliquer l'import" })).toHaveCount(0);

    await page.getByLabel("Fichier des titres (CSV)").setInputFiles(fixture("melange.csv"));
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByRole("heading", { name: "Simulation de l'import de « melange.csv »" })).toBeVisible();
    await expect(page.getByTestId("import-compte")).toHaveText(/1\s*Créations\s*2\s*Mises à jour\s*1\s*Inchangées\s*4\s*Rejetées/);
    const ligne = (n: number) => page.locator(`tr[data-ligne="${n}"]`);
    await expect(ligne(2)).toContainText("Mise à jour");
    await expect(ligne(2)).toContainText("niveau : vide → 5");
    await expect(ligne(3)).toContainText("Création");
    await expect(ligne(4)).toContainText("Inchangée");
    await expect(ligne(5)).toContainText("Attention : NSF absent");
    await expect(ligne(6)).toContainText("Code NSF « 999z » inconnu de la nomenclature.");
    await expect(ligne(7)).toContainText("Même titre et même version que la ligne 4.");
    await expect(ligne(8)).toContainText("Date de version « 07/11/2012 » invalide");
    await expect(ligne(9)).toContainText("Code TP absent");

    await page.getByRole("button", { name: "Appliquer l'import" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("1 création et 2 mises à jour seront enregistrées");
    await dialog.getByRole("button", { name: "Appliquer l'import" }).click();
    await expect(page.getByText("L'import a été appliqué")).toBeVisible();
    await expect(page.getByText("1 création, 2 mises à jour, 1 ligne inchangée, 4 lignes rejetées (non importées).")).toBeVisible();

    await page.getByRole("link", { name: "Voir la liste des titres" }).click();
    await page.getByLabel("Code, intitulé ou sigle").fill("TP-01280");
    await page.getByRole("button", { name: "Filtrer" }).click();
    const row = page.getByRole("row", { name: /TP-01280/ });
    await expect(row.getByRole("cell").nth(2)).toHaveText("5");
    await expect(row).toContainText("Manque : date de version");

    await page.goto("/titres?q=TP-01281");
    await expect(page.getByRole("row", { name: /TP-01281/ })).toContainText("millésime 04 (21/09/2023)");
    await page.getByRole("link", { name: "TP-01281" }).click();
    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page.getByRole("row", { name: /Ajout d'une version/ }).first()).toContainText("Import du fichier melange.csv");

    // The same file again: everything it could apply is already there.
    await page.goto("/titres/import");
    await page.getByLabel("Fichier des titres (CSV)").setInputFiles(fixture("melange.csv"));
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByTestId("import-compte")).toHaveText(/0\s*Créations\s*0\s*Mises à jour\s*4\s*Inchangées\s*4\s*Rejetées/);
    await expect(page.getByText("Rien à appliquer : toutes les lignes sont inchangées ou rejetées.")).toBeVisible();
  });

  test("une simulation de plus de 50 lignes se parcourt page par page au clavier, sans quitter l'écran", async ({ page, seed }) => {
    const header = "code_tp,millesime,intitule,sigle,niveau,niveau_ancien,rncp,rncp_historique,nsf,rome,date_version,date_fin_enregistrement,ccp,source,notes";
    const lines = Array.from({ length: 60 }, (_, i) => `,,Agent de propreté Nguyễn ${i + 1},APH,3,,,,,,2014-03-04,,,test,sans code`);
    await loginAs(page, await seed.user("national"));
    await page.goto("/titres/import");
    await page.getByLabel("Fichier des titres (CSV)").setInputFiles({ name: "soixante-lignes.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n") + "\n", "utf8") });
    await page.getByRole("button", { name: "Lancer la simulation" }).click();
    await expect(page.getByRole("heading", { name: "Simulation de l'import de « soixante-lignes.csv »" })).toBeVisible();
    const status = page.getByRole("status").filter({ hasText: /^Lignes/ });
    await expect(status).toHaveText("Lignes 1–50 sur 60");
    await expect(page.locator("tbody tr")).toHaveCount(50);

    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await expect(pagination.getByRole("link", { name: "1", exact: true })).toHaveAttribute("aria-current", "true");
    await pagination.getByRole("link", { name: "Page suivante" }).focus();
    await page.keyboard.press("Enter");
    await expect(status).toHaveText("Lignes 51–60 sur 60");
    await expect(page.locator("tbody tr")).toHaveCount(10);
    // A rejected line shows its number and reason: lines 52 to 61 of the file (line 1 is the header).
    await expect(page.locator('tr[data-ligne="61"]')).toContainText("Code TP absent");
    await expect(page.locator('tr[data-ligne="51"]')).toHaveCount(0);
    await expect(pagination.getByRole("link", { name: "2", exact: true })).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveURL(/\/titres\/import$/);

    await pagination.getByRole("link", { name: "Première page" }).focus();
    await page.keyboard.press("Enter");
    await expect(status).toHaveText("Lignes 1–50 sur 60");
    await expect(page.locator('tr[data-ligne="2"]')).toBeVisible();
    await expect(page.locator('tr[data-ligne="52"]')).toHaveCount(0);
  });
});
