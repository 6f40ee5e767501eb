import { readFileSync } from "node:fs";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("administration des utilisateurs", () => {
  test("un national crée un utilisateur, voit les erreurs de saisie, puis la création dans l'historique", async ({ page, seed }) => {
    const admin = await seed.user("national");
    await loginAs(page, admin);
    await page.goto("/utilisateurs");
    await page.getByRole("link", { name: "Créer un utilisateur" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Créer un utilisateur" })).toBeVisible();

    const email = `nouvel.agent.${Date.now()}@travail.gouv.fr`;
    await page.getByLabel("Prénom").fill("Élodie");
    await page.getByLabel("Nom", { exact: true }).fill("Martin-Durand");
    await page.getByRole("textbox", { name: /Adresse électronique/ }).fill("elodie.martin@");
    await page.getByLabel("Rôle").selectOption("regional");
    await page.getByRole("button", { name: "Créer l'utilisateur" }).click();

    await expect(page.getByText("Saisissez une adresse électronique valide, par exemple prenom.nom@travail.gouv.fr.")).toBeVisible();
    await expect(page.getByText("Choisissez la région de rattachement de l'agent.")).toBeVisible();
    await expect(page.getByRole("textbox", { name: /Adresse électronique/ })).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
    await page.getByLabel("Région de rattachement").selectOption({ label: "Occitanie" });
    await page.getByLabel(/Unité départementale/).selectOption({ label: "30 — Gard" });
    await page.getByRole("button", { name: "Créer l'utilisateur" }).click();

    await expect(page.getByText("L'utilisateur a été créé.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /Élodie MARTIN-DURAND/ })).toBeVisible();
    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page).toHaveURL(/\/historique$/);
    const row = page.getByRole("row", { name: /Création du compte/ });
    await expect(row).toContainText(`${admin.prenom} ${admin.nom}`);
    await expect(row).toContainText(email);
    await expect(row).toContainText("Rôle : Régional (DREETS / DDETS)");
  });

  test("une adresse déjà prise est signalée à côté du champ, et rien n'est créé", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const other = await seed.user("regional");
    await loginAs(page, admin);
    await page.goto("/utilisateurs/nouveau");
    await page.getByLabel("Prénom").fill("Double");
    await page.getByLabel("Nom", { exact: true }).fill("Compte");
    await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(other.email.toUpperCase());
    await page.getByLabel("Rôle").selectOption("national");
    await page.getByRole("button", { name: "Créer l'utilisateur" }).click();
    await expect(page.getByText("Un compte existe déjà avec cette adresse électronique.").first()).toBeVisible();
    await expect(page).toHaveURL(/\/utilisateurs\/nouveau$/);
  });

  test("désactiver demande confirmation, puis le compte est désactivé et l'historique le montre", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const agent = await seed.user("regional");
    await loginAs(page, admin);
    await page.goto(`/utilisateurs/${agent.id}`);
    await page.getByRole("button", { name: "Désactiver le compte" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByLabel("Motif (facultatif)").fill("Mutation dans un autre service");
    await dialog.getByRole("button", { name: "Désactiver le compte" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`${agent.nom}.*Désactivé`) })).toBeVisible();
    await page.goto(`/utilisateurs/${agent.id}/historique`);
    await expect(page.getByRole("row", { name: /Désactivation du compte/ })).toContainText("Mutation dans un autre service");
  });

  test("dissocier l'identité ProConnect demande confirmation, puis la fiche et l'historique le montrent", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const agent = await seed.user("regional", { prenom: "Thị", nom: "NGUYỄN", oidcSubject: `sub-ancien-${Date.now()}` });
    await loginAs(page, admin);
    await page.goto(`/utilisateurs/${agent.id}`);
    const panel = page.getByRole("region", { name: "Identité ProConnect" });
    await expect(panel).toContainText("Une identité ProConnect est associée à ce compte");
    await panel.getByRole("button", { name: "Dissocier l'identité ProConnect" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Dissocier l'identité ProConnect de Thị NGUYỄN ?");
    await dialog.getByLabel("Motif (facultatif)").fill("Identité renouvelée après un changement de ministère");
    await dialog.getByRole("button", { name: "Dissocier l'identité" }).click();
    await expect(panel.getByRole("status")).toHaveText("L'identité ProConnect a été dissociée.");
    await expect(panel).toContainText("Aucune identité ProConnect associée");
    await expect(panel.getByRole("button", { name: "Dissocier l'identité ProConnect" })).toHaveCount(0);
    await page.goto(`/utilisateurs/${agent.id}/historique`);
    await expect(page.getByRole("row", { name: /Dissociation de l'identité ProConnect/ })).toContainText("Identité renouvelée après un changement de ministère");
  });

  test("la liste se filtre, se trie et s'exporte en entier en CSV", async ({ page, seed }) => {
    const admin = await seed.user("national");
    const marker = `Filtre${Date.now()}`;
    for (let i = 0; i < 3; i++) await seed.user("regional", { nom: `${marker.toUpperCase()}${i}` });
    await loginAs(page, admin);
    await page.goto("/utilisateurs");
    await page.getByLabel("Nom ou adresse électronique").fill(marker.toLowerCase());
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByTestId("table-compte")).toHaveText("1–3 sur 3 résultats");
    await expect(page).toHaveURL(new RegExp(`q=${marker.toLowerCase()}`));

    await page.getByRole("link", { name: /^Nom/ }).click();
    await expect(page).toHaveURL(/tri=nom&ordre=desc/);
    await expect(page.locator("tbody tr").first()).toContainText(`${marker.toUpperCase()}2`);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: /Exporter en CSV/ }).click();
    const download = await downloadPromise;
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF"), "BOM UTF-8 pour Excel").toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Nom";"Prénom";"Adresse électronique";"Rôle";"Région";"Département";"Centre";"SIRET du centre";"Statut";"Dernière connexion"');
    expect(lines).toHaveLength(4);
  });
});
