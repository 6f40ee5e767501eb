import { readFileSync } from "node:fs";
import { expect, loginAs, test } from "./support/fixtures";

/** A code of the fictitious TP-9xxxx series, free in the e2e database. */
const freeCode = () => `TP-9${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;

test.describe("titres professionnels", () => {
  test("un national crée un titre et sa version, voit d'abord les erreurs de saisie, puis le titre dans la liste et son historique", async ({ page, seed }) => {
    const admin = await seed.user("national");
    await loginAs(page, admin);
    await page.goto("/titres");
    await page.getByRole("link", { name: "Créer un titre" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Créer un titre" })).toBeVisible();

    await page.getByLabel("Code du titre").fill("TP-391");
    await page.getByRole("button", { name: "Créer le titre" }).click();
    await expect(page.getByText("Le code d'un titre s'écrit TP- suivi de 5 chiffres, par exemple TP-00391.")).toBeVisible();
    await expect(page.getByText("Saisissez l'intitulé du titre.")).toBeVisible();
    await expect(page.getByLabel("Code du titre")).toHaveAttribute("aria-invalid", "true");

    let code = freeCode();
    const intitule = `Agent de test e2e ${Date.now()}`;
    await page.getByLabel("Intitulé").fill(intitule);
    for (;;) {
      await page.getByLabel("Code du titre").fill(code.toLowerCase());
      await page.getByRole("button", { name: "Créer le titre" }).click();
      const outcome = await Promise.race([
        page.getByText("Le titre a été enregistré.").waitFor().then(() => "cree"),
        page.getByText("Un titre existe déjà avec ce code.").first().waitFor().then(() => "pris"),
      ]);
      if (outcome === "cree") break;
      code = freeCode();
    }
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${code} — ${intitule}`);

    await page.getByRole("link", { name: "Ajouter une version" }).click();
    await page.getByLabel("Millésime (facultatif)").fill("01");
    await page.getByLabel("Code NSF").fill("999z");
    await page.getByRole("button", { name: "Ajouter la version" }).click();
    await expect(page.getByText("Saisissez la date de l'arrêté de la version (JJ/MM/AAAA).")).toBeVisible();
    await expect(page.getByText("Choisissez le niveau (3 à 7).")).toBeVisible();

    await page.getByLabel("Date de la version").fill("2024-09-01");
    await page.getByRole("combobox", { name: /^Niveau/ }).selectOption("4");
    await page.getByRole("button", { name: "Ajouter la version" }).click();
    await expect(page.getByText("Code NSF inconnu de la nomenclature : vérifiez-le, par exemple 330t.")).toBeVisible();
    await expect(page.getByLabel("Code NSF")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Code NSF").fill("334 T");
    await page.getByLabel("Fin de vie (facultatif)").fill("2030-08-31");
    await page.getByRole("button", { name: "Ajouter la version" }).click();
    await expect(page.getByText("La version a été enregistrée.")).toBeVisible();
    const version = page.getByRole("article", { name: /Millésime 01 \(01\/09\/2024\)/ });
    await expect(version).toContainText("334t — Réception, hébergement, service de restauration, accompagnement");
    await expect(version).toContainText("31/08/2032 (sessions des CFA et CRP)");

    await page.goto(`/titres?q=${encodeURIComponent(intitule.toUpperCase())}`);
    await expect(page.getByTestId("table-compte")).toHaveText("1–1 sur 1 résultat");
    const row = page.getByRole("row", { name: new RegExp(code) });
    await expect(row).toContainText("millésime 01 (01/09/2024)");
    await expect(row).toContainText("31/08/2030");
    await expect(row).toContainText("En vigueur");
    await expect(row).not.toContainText("À compléter");

    await row.getByRole("link", { name: code }).click();
    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page).toHaveURL(/\/historique$/);
    const creation = page.getByRole("row", { name: /Création du titre/ });
    await expect(creation).toContainText(`${admin.prenom} ${admin.nom}`);
    await expect(creation).toContainText(`Code : ${code}`);
    await expect(page.getByRole("row", { name: /Ajout d'une version/ })).toContainText("Code NSF : 334t");
  });

  test("supprimer un CCP demande confirmation, puis la fiche et l'historique le montrent", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const titre = await seed.titre({ ccps: ["Accueillir et renseigner le public", "Vendre des prestations"] });
    await loginAs(page, admin);
    await page.goto(`/titres/${titre.id}`);
    await page.getByRole("button", { name: "Supprimer le CCP 2" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Le CCP 2 « Vendre des prestations » sera retiré");
    await dialog.getByRole("button", { name: "Supprimer le CCP" }).click();
    await expect(page.getByRole("cell", { name: "Vendre des prestations" })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: "Accueillir et renseigner le public" })).toBeVisible();
    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page.getByRole("row", { name: /Suppression d'un CCP/ })).toContainText("Vendre des prestations");
  });

  test("un agent régional lit la liste et la fiche sans aucun bouton de modification ; l'import et les formulaires lui sont introuvables (404)", async ({ page, seed }) => {
    const agent = await seed.user("regional", { departementCode: "30" });
    const titre = await seed.titre({ ccps: ["Accueillir"] });
    await loginAs(page, agent);
    await page.goto(`/titres?q=${encodeURIComponent(titre.intitule)}`);
    await expect(page.getByRole("row", { name: new RegExp(titre.code) })).toContainText("En vigueur");
    await expect(page.getByRole("link", { name: "Créer un titre" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Importer un fichier" })).toHaveCount(0);

    await page.getByRole("link", { name: titre.code }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titre.intitule);
    await expect(page.getByRole("cell", { name: "Accueillir" })).toBeVisible();
    for (const name of [/Modifier/, /Ajouter/, /Supprimer/]) {
      await expect(page.getByRole("link", { name })).toHaveCount(0);
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }

    for (const path of ["/titres/import", "/titres/nouveau", `/titres/${titre.id}/modifier`, `/titres/${titre.id}/versions/nouveau`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  });

  test("la liste se filtre par état et s'exporte en entier en CSV", async ({ page, seed }) => {
    const user = await seed.user("centre");
    const marker = `Export${Date.now()}`;
    await seed.titre({ intitule: `${marker} en vigueur` });
    await seed.titre({ intitule: `${marker} expiré`, finDeVie: "2020-01-31" });
    await loginAs(page, user);
    await page.goto("/titres");
    await page.getByLabel("Code, intitulé ou sigle").fill(marker);
    await page.getByLabel("État").selectOption({ label: "Expiré" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/etat=expire/);
    await expect(page.getByTestId("table-compte")).toHaveText("1–1 sur 1 résultat");
    await expect(page.locator("tbody tr").first()).toContainText("Expiré");

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: /Exporter en CSV/ }).click();
    const csv = readFileSync((await (await downloadPromise).path())!, "utf8");
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Code";"Intitulé";"Sigle";"Version en cours";"Millésime";"Date de version";"Niveau";"RNCP";"Code NSF";"Libellé NSF";"Fin de vie";"Fin de prolongation";"État";"À compléter"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${marker} expiré`);
    expect(lines[1]).toContain('"31/01/2020";"31/01/2022";"Expiré";');
  });

  test("la liste se parcourt page par page au clavier : la page est dans l'adresse", async ({ page, seed }) => {
    const marker = `Pages${Date.now()}`;
    for (let i = 1; i <= 25; i++) await seed.titre({ intitule: `${marker} Ørsted ${String(i).padStart(2, "0")}` });
    await loginAs(page, await seed.user("centre"));
    await page.goto(`/titres?q=${marker}&tri=intitule&ordre=asc`);
    await expect(page.getByTestId("table-compte")).toHaveText("1–20 sur 25 résultats");
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await expect(pagination.getByRole("link", { name: "Page précédente" })).toHaveAttribute("aria-disabled", "true");
    await pagination.getByRole("link", { name: "Page suivante" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(page.getByTestId("table-compte")).toHaveText("21–25 sur 25 résultats");
    await expect(page.locator("tbody tr").first()).toContainText(`${marker} Ørsted 21`);
    await expect(pagination.getByRole("link", { name: "2", exact: true })).toHaveAttribute("aria-current", "true");
    await page.goBack();
    await expect(page.getByTestId("table-compte")).toHaveText("1–20 sur 25 résultats");
  });
});
