import { createCandidatRow } from "../fixtures/candidats";
import { CANDIDATS_RESULTATS, createSessionAvecCandidats } from "../fixtures/resultats";
import { insertParcheminsVerification } from "../fixtures/verification";
import { loadParcheminImprimeParNumero } from "@/lib/parchemins/imprime";
import { formatParcheminNumero } from "@/lib/parchemins/numero";
import { signedVerificationUrl } from "@/lib/parchemins/signature";
import { parsePrivateKey, SIGNING_KEY_ENV } from "@/lib/parchemins/signing-key";
import type { Db } from "@/db/client";
import { APP_URL } from "./support/env";
import { expect, test } from "./support/fixtures";

const AUCUN = "Aucun parchemin ne correspond à ce numéro. Vérifiez la saisie.";

/** The fixture's first `count` people (Nguyễn, Ørsted, Łukasz…), born on a day of their own: specs share one database. */
async function candidatsUniques(db: Db, count: number): Promise<string[]> {
  const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(Math.random() * 15_000) * 86_400_000).toISOString().slice(0, 10);
  const ids: string[] = [];
  for (const known of CANDIDATS_RESULTATS.slice(0, count)) ids.push((await createCandidatRow(db, { ...known, dateNaissance: day })).id);
  return ids;
}

test.describe("vérification publique d'un parchemin, sans connexion", () => {
  test("un numéro tapé en minuscules avec des espaces mène au parchemin : titre, titulaire, délivrance, statut", async ({ page, seed }) => {
    const centre = await seed.centre();
    const session = await createSessionAvecCandidats(seed.db, { centreId: centre.id, candidatIds: await candidatsUniques(seed.db, 2), statut: "validee" });
    const [nguyen, orsted] = await insertParcheminsVerification(seed.db, session.inscriptions.map((i) => i.id), { annules: [1] });

    await page.goto("/verifier");
    await expect(page.getByRole("heading", { level: 1, name: "Vérifier un parchemin" })).toBeVisible();
    await page.getByLabel("Numéro du parchemin").fill(` ${formatParcheminNumero(nguyen!.numero!).toLowerCase().replace(/-/g, " ")} `);
    await page.getByRole("button", { name: "Vérifier" }).click();

    await expect(page).toHaveURL(new RegExp(`/verifier/${formatParcheminNumero(nguyen!.numero!)}$`));
    await expect(page.getByTestId("statut-parchemin")).toHaveText("Valide");
    const table = page.getByRole("table", { name: "Ce que le parchemin imprime" });
    await expect(table.getByRole("row", { name: /Titre professionnel/ })).toContainText("Assistant(e) de vie aux familles");
    await expect(table.getByRole("row", { name: /Délivré à/ })).toContainText("Madame NGUYỄN Thị Lan");
    await expect(table.getByRole("row", { name: /Fait à/ })).toContainText("Nîmes, le 02/04/2027");
    await expect(table.getByRole("row", { name: /Code NSF/ })).toContainText("330t");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByText(centre.raisonSociale)).toHaveCount(0);
    await page.screenshot({ path: "test-results/verification-valide.png", fullPage: true });

    await page.goto(`/verifier/${orsted!.numero}`);
    await expect(page.getByTestId("statut-parchemin")).toHaveText("Annulé le 15/06/2027");
    await expect(page.getByRole("table", { name: "Ce que le parchemin imprime" })).toContainText("Monsieur ØRSTED Søren");
  });

  test("la page de résultat, écrite sans React, a les feuilles de style, l'en-tête et le pied des autres pages publiques", async ({ page }) => {
    const response = await page.goto(`/verifier/${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(response!.headers()["content-type"]).toBe("text/html; charset=utf-8");
    expect(response!.headers()["content-security-policy"]).toContain("default-src 'self'");
    await expect(page.getByRole("heading", { level: 1, name: "Vérification d’un parchemin" })).toBeVisible();
    await expect(page.getByLabel("Numéro du parchemin")).toHaveValue('"><script>alert(1)</script>');
    await expect(page.locator("script")).toHaveCount(0);

    const hrefs = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const css = await page.request.get(href);
      expect(css.status(), href).toBe(200);
      expect(css.headers()["content-type"]).toContain("text/css");
    }
    // The same stylesheets as a page rendered by React: DSFR's font, header and footer laid out.
    await page.goto("/mentions-legales");
    const reactHrefs = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(hrefs.every((h) => reactHrefs.includes(h))).toBe(true);
    await page.goBack();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Marianne");
    await expect(page.getByRole("banner")).toContainText("CERES");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Mentions légales" })).toBeVisible();
    await expect(page.locator(".fr-header__brand")).toHaveCSS("display", "flex");

    await page.getByRole("link", { name: "Aller au contenu" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#contenu")).toBeFocused();
  });

  test("le lien du QR code avec sa charge signée : « Signature valide » ; altérée : « Signature invalide »", async ({ page, seed }) => {
    const centre = await seed.centre();
    const session = await createSessionAvecCandidats(seed.db, { centreId: centre.id, candidatIds: await candidatsUniques(seed.db, 3), statut: "validee" });
    const [, , kowalski] = await insertParcheminsVerification(seed.db, session.inscriptions.map((i) => i.id));
    const imprime = (await loadParcheminImprimeParNumero(seed.db, kowalski!.numero!))!;
    const url = signedVerificationUrl(imprime, APP_URL, parsePrivateKey(process.env[SIGNING_KEY_ENV]!));

    await page.goto(url);
    await expect(page.getByTestId("signature-qr")).toContainText("Signature valide");
    await expect(page.getByRole("table", { name: "Ce que le parchemin imprime" })).toContainText("Monsieur KOWALSKI Łukasz");
    await page.screenshot({ path: "test-results/verification-signee.png", fullPage: true });

    const tampered = new URL(url);
    const [payload, signature] = tampered.searchParams.get("s")!.split(".");
    const altered = Buffer.from(payload!, "base64url").toString("utf8").replace("KOWALSKI", "KOWALSKA");
    tampered.searchParams.set("s", `${Buffer.from(altered).toString("base64url")}.${signature}`);
    await page.goto(tampered.toString());
    await expect(page.getByTestId("signature-qr")).toContainText("Signature invalide");

    const key = await page.request.get("/.well-known/ceres-parchemins.pub");
    expect(key.status()).toBe(200);
    expect(await key.text()).toContain("-----BEGIN PUBLIC KEY-----");
  });

  test("un numéro inconnu reçoit la même réponse qu'un numéro mal formé ou à la clé fausse", async ({ page }) => {
    const answers: string[] = [];
    for (const input of ["7KQ2-M9XD-4TB", "n'importe quoi", "7KQ2-M9XD-4TR"]) {
      await page.goto("/verifier");
      await page.getByLabel("Numéro du parchemin").fill(input);
      await page.getByRole("button", { name: "Vérifier" }).click();
      const alert = page.getByTestId("verification-introuvable");
      await expect(alert).toContainText(AUCUN);
      answers.push(await page.getByRole("main").innerText());
    }
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
    await page.screenshot({ path: "test-results/verification-introuvable.png", fullPage: true });
    await page.goto("/verifier/hors-ligne");
    await expect(page.getByTestId("cle-publique")).toContainText("BEGIN PUBLIC KEY");
    await page.screenshot({ path: "test-results/verification-hors-ligne.png", fullPage: true });
  });
});
