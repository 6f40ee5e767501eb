import type { Page } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { departements } from "@/db/schema";
import { expect, loginAs, test } from "./support/fixtures";

const communeField = (page: Page) => page.getByRole("combobox", { name: /^Commune Nom/ });

test.describe("référentiel des communes", () => {
  test("au clavier, le champ commune trouve « Bagnols-sur-Cèze (30200) — Gard » et montre sa fiche", async ({ page, seed }) => {
    await loginAs(page, await seed.user("centre"));
    await page.goto("/referentiels/communes");
    const field = communeField(page);
    await field.focus();
    await page.keyboard.type("bagnol sur ceze", { delay: 40 });
    const option = page.getByRole("option", { name: /Bagnols-sur-Cèze \(30200\) — Gard/ });
    await expect(option).toBeVisible();
    await expect(field).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("status").filter({ hasText: /communes? trouvées?/ })).toHaveCount(1);

    await page.keyboard.press("ArrowDown");
    await expect(field).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");

    await expect(field).toHaveValue("Bagnols-sur-Cèze (30200) — Gard");
    await expect(field).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveURL(/code=30028/);
    const fiche = page.getByTestId("fiche-commune");
    await expect(fiche.getByRole("heading", { name: "Bagnols-sur-Cèze" })).toBeVisible();
    await expect(fiche).toContainText("30200");
    await expect(fiche).toContainText("Gard (30)");
  });

  test("Échap ferme la liste puis efface le champ ; un nom inconnu dit « Aucune commune trouvée »", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional"));
    await page.goto("/referentiels/communes");
    const field = communeField(page);
    await field.fill("xqzwvkj");
    await expect(page.getByText("Aucune commune trouvée").first()).toBeVisible();
    await field.fill("annecy");
    await expect(page.getByRole("option").first()).toBeVisible();
    await field.press("Escape");
    await expect(field).toHaveAttribute("aria-expanded", "false");
    await expect(field).toHaveValue("annecy");
    await field.press("Escape");
    await expect(field).toHaveValue("");
  });

  test("à une date, une commune qui n'existe plus est proposée et présentée comme telle", async ({ page, seed }) => {
    await loginAs(page, await seed.user("national"));
    await page.goto("/referentiels/communes");
    await page.locator("label", { hasText: "Les communes à une date" }).click();
    await page.getByRole("textbox", { name: /^Date Les communes/ }).fill("1990-05-12");
    const field = communeField(page);
    await field.fill("Sancey-le-Long");
    const option = page.getByRole("option", { name: /Sancey-le-Long — Doubs/ });
    await expect(option).toContainText("fusionnée dans Sancey en 2016");
    await option.click();
    await expect(page).toHaveURL(/mode=date&date=1990-05-12&code=25530/);
    const fiche = page.getByTestId("fiche-commune");
    await expect(fiche.getByRole("heading", { name: /Sancey-le-Long/ })).toContainText("N'existe plus");
    await expect(fiche).toContainText("jusqu'au 31/12/2015");
    await expect(fiche).toContainText("fusionnée dans Sancey en 2016");
    await expect(fiche.getByRole("row", { name: /Sancey .*Successeur/ })).toBeVisible();
  });

  test("vérifier un lieu de naissance : en France à la date de naissance, ou à l'étranger", async ({ page, seed }) => {
    await loginAs(page, await seed.user("centre"));
    await page.goto("/referentiels/communes");
    await page.getByLabel("Date de naissance", { exact: true }).fill("2020-06-01");
    await page.getByRole("combobox", { name: /^Commune de naissance/ }).fill("culoz");
    await page.getByRole("option", { name: /^Culoz \(01350\) — Ain/ }).click();
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByText("Né(e) le 01/06/2020 à Culoz (code INSEE 01138, devenue commune déléguée de Culoz-Béon en 2022).")).toBeVisible();
    // A birth date on which Culoz no longer existed under that name.
    await page.getByLabel("Date de naissance", { exact: true }).fill("2024-02-29");
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByText("Cette commune n'existait pas sous ce nom à la date de naissance : cherchez-la de nouveau.")).toBeVisible();

    await page.locator("label", { hasText: "À l'étranger" }).click();
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByText("Choisissez le pays de naissance dans la liste.")).toBeVisible();
    const pays = page.getByRole("combobox", { name: /^Pays de naissance/ });
    await pays.focus();
    await page.keyboard.type("allemag", { delay: 30 });
    await expect(page.getByRole("option", { name: "Allemagne" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByLabel(/^Ville de naissance/).fill("Berlin");
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByText("Né(e) le 29/02/2024 à Berlin (Allemagne).")).toBeVisible();
  });

  test("l'API des communes répond 401 sans connexion, 400 sur des paramètres invalides, et jamais plus de 10 communes", async ({ page, seed }) => {
    const anonymous = await page.request.get("/api/communes?q=bagnols", { maxRedirects: 0 });
    expect(anonymous.status()).toBe(401);
    expect((await page.request.get("/api/pays?q=maroc", { maxRedirects: 0 })).status()).toBe(401);
    await loginAs(page, await seed.user("centre"));
    expect((await page.request.get("/api/communes?q=culoz&mode=asOf")).status()).toBe(400);
    const response = await page.request.get("/api/communes?q=saint");
    expect(response.status()).toBe(200);
    const { results } = (await response.json()) as { results: { label: string }[] };
    expect(results).toHaveLength(10);
  });
});

test.describe("référentiels NSF et territoires", () => {
  test("la nomenclature NSF se filtre par niveau et par texte, et s'exporte", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional"));
    await page.goto("/referentiels/nsf");
    await page.getByLabel("Code ou libellé").fill("330t");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByRole("row", { name: /330t .*réalisation du service/ })).toBeVisible();
    await expect(page.getByTestId("table-compte")).toHaveText("1–1 sur 1 résultat");
    const csv = await page.request.get("/referentiels/nsf/export?q=330t");
    expect(await csv.text()).toContain('"330t";');
  });

  // The UD commune is one shared row per département: each repeat of this test (--repeat-each) takes its own
  // département, so two copies running at once never change the same row, and the test puts the commune back.
  const UD_CASES = [
    { code: "48", nom: "Lozère", recherche: "lozere", ud: "UD de la Lozère", avant: ["Mende", "48095", "48000"], apres: ["Marvejols", "48100"], saisie: "marvejols" },
    { code: "15", nom: "Cantal", recherche: "cantal", ud: "UD du Cantal", avant: ["Aurillac", "15014", "15000"], apres: ["Saint-Flour", "15100"], saisie: "saint-flour" },
    { code: "23", nom: "Creuse", recherche: "creuse", ud: "UD de la Creuse", avant: ["Guéret", "23096", "23000"], apres: ["Aubusson", "23200"], saisie: "aubusson" },
    { code: "32", nom: "Gers", recherche: "gers", ud: "UD du Gers", avant: ["Auch", "32013", "32000"], apres: ["Condom", "32100"], saisie: "condom" },
    { code: "05", nom: "Hautes-Alpes", recherche: "hautes-alpes", ud: "UD des Hautes-Alpes", avant: ["Gap", "05061", "05000"], apres: ["Briançon", "05100"], saisie: "briancon" },
  ] as const;

  test("un national change la commune de l'UD d'un département et la voit dans l'historique", async ({ page, seed }, testInfo) => {
    const cas = UD_CASES[testInfo.repeatEachIndex % UD_CASES.length]!;
    const [avant, avantCode, avantPostal] = cas.avant;
    const [apres, apresPostal] = cas.apres;
    const restore = () => seed.db.update(departements).set({ udCommuneCode: avantCode, udCommuneNom: avant, version: sql`${departements.version} + 1` }).where(eq(departements.code, cas.code));
    await restore();
    try {
      const admin = await seed.user("national");
      await loginAs(page, admin);
      await page.goto(`/referentiels/territoires?q=${cas.recherche}`);
      await page.getByRole("link", { name: cas.nom, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: `${cas.nom} (${cas.code})` })).toBeVisible();
      await expect(page.getByTestId("commune-ud")).toHaveText(`${avant} (${avantPostal}) — ${cas.nom}`);

      const field = page.getByRole("combobox", { name: /^Nouvelle commune de l'UD/ });
      await field.focus();
      await page.keyboard.type(cas.saisie, { delay: 30 });
      const option = page.getByRole("option", { name: `${apres} (${apresPostal}) — ${cas.nom}` });
      await expect(option).toBeVisible();
      await option.click();
      await page.getByLabel("Motif (facultatif)").fill("Déménagement de l'unité départementale");
      await page.getByRole("button", { name: "Enregistrer la commune de l'UD" }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toContainText(`Changer le lieu de délivrance de l'${cas.ud} ?`);
      await expect(dialog).toContainText(apres);
      await dialog.getByRole("button", { name: "Confirmer" }).click();

      await expect(page.getByText("La commune de l'UD a été enregistrée.")).toBeVisible();
      await expect(page.getByTestId("commune-ud")).toHaveText(`${apres} (${apresPostal}) — ${cas.nom}`);
      await page.getByRole("tab", { name: "Historique" }).click();
      await expect(page).toHaveURL(new RegExp(`/referentiels/territoires/${cas.code}/historique$`));
      const row = page.getByRole("row", { name: /Modification de la commune de l'UD/ }).filter({ hasText: `${admin.prenom} ${admin.nom}` });
      await expect(row).toContainText(`${avant} → ${apres}`);
      await expect(row).toContainText("Déménagement de l'unité départementale");
    } finally {
      await restore();
    }
  });

  test("un agent régional lit la commune de l'UD mais ne peut pas la modifier", async ({ page, seed }) => {
    await loginAs(page, await seed.user("regional", { departementCode: "30" }));
    await page.goto("/referentiels/territoires/30");
    await expect(page.getByTestId("commune-ud")).toHaveText("Nîmes (30000) — Gard");
    await expect(page.getByText("La commune de l'UD est tenue par l'administration centrale (DGEFP).")).toBeVisible();
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Enregistrer la commune de l'UD" })).toHaveCount(0);
  });
});
