import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { expect, loginAs, signInWithForm, test } from "./support/fixtures";

test.describe("connexion et rôles", () => {
  test("un visiteur anonyme est renvoyé vers la page de connexion", async ({ page }) => {
    await page.goto("/utilisateurs");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Futilisateurs/);
    await expect(page.getByRole("heading", { level: 1, name: "Connexion à CERES" })).toBeVisible();
  });

  test("un utilisateur national se connecte et voit l'administration des utilisateurs", async ({ page, seed }) => {
    const user = await seed.user("national");
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord national" })).toBeVisible();
    await expect(page.getByTestId("utilisateur-connecte").first()).toContainText(`${user.prenom} ${user.nom} — National`);
    const nav = page.getByRole("navigation", { name: "Menu principal" });
    await expect(nav.getByRole("link", { includeHidden: false })).toHaveText(["Accueil", "Sessions", "Sessions à valider", "Candidats", "Centres", "Titres", "Jurés", "Utilisateurs"]);
    await expect(nav.getByRole("button", { name: "Agréments" })).toBeVisible();
    await expect(nav.getByRole("button", { name: "Référentiels" })).toBeVisible();
  });

  test("un agent de DREETS se connecte et voit sa région, sans administration", async ({ page, seed }) => {
    const user = await seed.user("regional", { regionCode: "76" });
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord — DREETS Occitanie" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Menu principal" });
    await expect(nav.getByRole("link", { includeHidden: false })).toHaveText(["Accueil", "Sessions", "Sessions à valider", "Candidats", "Centres", "Titres", "Jurés"]);
    await expect(nav.getByRole("button", { name: "Agréments" })).toBeVisible();
  });

  test("un agent d'UD se connecte et voit son département", async ({ page, seed }) => {
    const user = await seed.user("regional", { regionCode: "76", departementCode: "30" });
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord — UD Gard" })).toBeVisible();
    await expect(page.getByTestId("utilisateur-connecte").first()).toContainText("UD Gard");
  });

  test("un utilisateur de centre se connecte et voit l'identification de son centre", async ({ page, seed }) => {
    const centre = await seed.centre({ raisonSociale: "16 30 FORMATION E2E" });
    const user = await seed.user("centre", { centreId: centre.id });
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByRole("heading", { level: 1, name: "16 30 FORMATION E2E" })).toBeVisible();
    await expect(page.getByText(centre.siret)).toBeVisible();
    await expect(page.getByText("30200 - BAGNOLS-SUR-CÈZE")).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Menu principal" });
    await expect(nav.getByRole("link", { includeHidden: false })).toHaveText(["Accueil", "Sessions", "Candidats", "Mon centre", "Titres", "Jurés à convoquer"]);
  });

  test("un mauvais mot de passe donne un message clair", async ({ page, seed }) => {
    const user = await seed.user("national");
    await signInWithForm(page, user.email, "pas-le-bon-mot-de-passe");
    await expect(page.getByTestId("erreur-connexion")).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("après 5 échecs depuis une adresse, le bon mot de passe y reçoit la même réponse qu'une erreur", async ({ page, seed }) => {
    const user = await seed.user("national");
    // Une adresse propre au test : les limites par adresse ne touchent pas les autres tests.
    await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
    for (let i = 0; i < 5; i++) {
      await signInWithForm(page, user.email, `faux-${i}`);
      await expect(page.getByTestId("erreur-connexion")).toHaveText("Adresse électronique ou mot de passe incorrect.");
    }
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByTestId("erreur-connexion")).toHaveText("Adresse électronique ou mot de passe incorrect.");
  });

  test("connecté, une adresse de retour piégée mène à l'accueil du site", async ({ page, seed }) => {
    const user = await seed.user("national");
    await loginAs(page, user);
    const response = await page.request.get("/connexion?callbackUrl=%2F%09%2Fevil.example", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/");
  });

  test("un compte désactivé ne peut pas se connecter", async ({ page, seed }) => {
    const user = await seed.user("regional", { active: false });
    await signInWithForm(page, user.email, user.password);
    await expect(page.getByTestId("erreur-connexion")).toHaveText(
      "Ce compte est désactivé. Contactez l'administrateur de CERES de votre structure.",
    );
  });

  test("un compte désactivé pendant sa session perd l'accès à la requête suivante", async ({ page, seed }) => {
    const user = await seed.user("national");
    await loginAs(page, user);
    await page.goto("/utilisateurs");
    await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
    await seed.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    await page.goto("/utilisateurs");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("un utilisateur de centre qui tape l'adresse des utilisateurs obtient une page introuvable (404)", async ({ page, seed }) => {
    const user = await seed.user("centre");
    await loginAs(page, user);
    const response = await page.goto("/utilisateurs");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    const exportResponse = await page.request.get("/utilisateurs/export");
    expect(exportResponse.status()).toBe(404);
  });

  test("un agent régional n'ouvre pas la fiche d'un compte (404)", async ({ page, seed }) => {
    const national = await seed.user("national");
    const agent = await seed.user("regional");
    await loginAs(page, agent);
    const response = await page.goto(`/utilisateurs/${national.id}`);
    expect(response?.status()).toBe(404);
  });

  test("se déconnecter ramène à la page de connexion", async ({ page, seed }) => {
    const user = await seed.user("national");
    await loginAs(page, user);
    await page.goto("/");
    await page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto("/utilisateurs");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("les réponses portent les en-têtes de sécurité", async ({ page }) => {
    const response = await page.goto("/connexion");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });
});
