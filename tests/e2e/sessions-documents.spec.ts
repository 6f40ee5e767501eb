import { createAgrementRow, convokeJureRow, createSessionRow } from "../fixtures/sessions";
import { createJureRow } from "../fixtures/jures";
import { pdfText } from "../fixtures/pdf";
import { uniqueTag } from "../fixtures/unique";
import { expect, loginAs, test } from "./support/fixtures";

test.describe("onglet Documents d'une session : lettres de convocation du jury", () => {
  test("le centre télécharge les lettres du jury (PDF lu) ; sans SMTP l'envoi le dit ; session annulée : ni lettres ni envoi ; un autre centre reçoit 404", async ({ page, seed }) => {
    const tag = uniqueTag().toUpperCase().replace(/[0-9-]/g, "X");
    const centre = await seed.centre({ raisonSociale: `CFA DES GARRIGUES ${tag}` });
    const site = await seed.site(centre.id, `Plateau ${tag}`);
    const version = await seed.titreVersion();
    const agrement = await createAgrementRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId });
    const session = await createSessionRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId, agrementId: agrement.id, dateDebut: "2027-03-29", dateFin: "2027-03-30", statut: "jury_constitue" });
    const nguyen = await createJureRow(seed.db, { nomNaissance: `NGUYỄN${tag}`, prenoms: "Thị Mai" });
    const orsted = await createJureRow(seed.db, { civilite: "Monsieur", nomNaissance: `ØRSTED${tag}`, prenoms: "Søren", email: null });
    await convokeJureRow(seed.db, session.id, nguyen.id);
    await convokeJureRow(seed.db, session.id, orsted.id);
    const vide = await createSessionRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId, agrementId: agrement.id, dateDebut: "2027-06-01" });
    const user = await seed.user("centre", { centreId: centre.id });
    await loginAs(page, user);

    await page.goto(`/sessions/${session.id}/documents`);
    await expect(page.getByRole("heading", { name: "Lettres de convocation du jury" })).toBeVisible();
    const table = page.getByRole("table", { name: "Lettres de convocation par juré" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table).toContainText(`Madame NGUYỄN${tag} Thị Mai`);
    await expect(table).toContainText("sans adresse électronique");
    await expect(table.getByText("Non envoyée")).toHaveCount(2);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Toutes les lettres du jury (PDF)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`convocations-jury-${session.numero}.pdf`);
    const { readFile } = await import("node:fs/promises");
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(`NGUYỄN${tag} Thị Mai`);
    expect(text).toContain(`ØRSTED${tag} Søren`);
    expect(text).toContain(session.numero);
    expect(text).toContain("le lundi 29 mars 2027 à 08:00");
    expect(text).toContain("mardi 30 mars 2027, à partir de 08:00");
    expect(text.split("\f").filter((p) => p.trim())).toHaveLength(2);

    const one = page.waitForEvent("download");
    await page.getByRole("link", { name: `Lettre (PDF) de Monsieur ØRSTED${tag} Søren` }).click();
    const single = pdfText(await readFile((await (await one).path())!));
    expect(single).toContain(`ØRSTED${tag} Søren`);
    expect(single).not.toContain(`NGUYỄN${tag}`);

    await expect(page.getByRole("button", { name: "Envoyer les convocations" })).toBeDisabled();
    await expect(page.getByText("L'envoi par courriel n'est pas configuré sur ce serveur (SMTP_HOST)")).toBeVisible();

    await page.goto(`/sessions/${vide.id}/documents`);
    await expect(page.getByTestId("documents-vide")).toContainText("Aucun juré n'est convoqué à cette session");
    expect((await page.request.get(`/sessions/${vide.id}/documents/convocations`)).status()).toBe(404);

    // A cancelled session: the tab says so and offers neither the letters nor the sending; the route refuses them in French.
    const annulee = await createSessionRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.versionId, agrementId: agrement.id, dateDebut: "2027-09-14", statut: "annulee", motifStatut: "Plateau technique indisponible" });
    await convokeJureRow(seed.db, annulee.id, nguyen.id);
    await page.goto(`/sessions/${annulee.id}/documents`);
    await expect(page.getByTestId("documents-annulee")).toContainText(`La session n° ${annulee.numero} est annulée : ses lettres de convocation ne sont plus disponibles.`);
    await expect(page.getByTestId("documents-annulee")).toContainText("Plateau technique indisponible");
    await expect(page.getByRole("link", { name: "Toutes les lettres du jury (PDF)" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Envoyer les convocations" })).toHaveCount(0);
    const refused = await page.request.get(`/sessions/${annulee.id}/documents/convocations/${nguyen.id}`);
    expect(refused.status()).toBe(409);
    expect(await refused.text()).toBe(`La session n° ${annulee.numero} est annulée : ses lettres de convocation ne sont plus disponibles.`);

    // Another centre: the session and its letters do not exist for it.
    const autre = await seed.user("centre");
    // Leave the page first: a response still in flight for it would set the first user's cookie again.
    await page.goto("about:blank");
    await page.context().clearCookies();
    await loginAs(page, autre);
    expect((await page.request.get(`/sessions/${session.id}/documents/convocations`)).status()).toBe(404);
    expect((await page.request.get(`/sessions/${session.id}/documents/convocations/${nguyen.id}`)).status()).toBe(404);
  });
});
