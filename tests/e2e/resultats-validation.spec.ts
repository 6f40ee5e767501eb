import { eq } from "drizzle-orm";
import { parchemins, sessions } from "@/db/schema";
import { createCandidatRow } from "../fixtures/candidats";
import { createSessionAvecCandidats, createVersionAvecCcps, writeResultatRow } from "../fixtures/resultats";
import { uniqueTag } from "../fixtures/unique";
import { expect, loginAs, test } from "./support/fixtures";

const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe("validation des résultats par l'UD", () => {
  test("l'UD du Gard ouvre la file, ouvre la session transmise, relit les résultats et la valide ; les parchemins sont numérotés", async ({ page, seed }) => {
    const tag = uniqueTag().toUpperCase().replace(/[0-9-]/g, "X");
    const centre = await seed.centre({ raisonSociale: `CFA DES GARRIGUES ${tag}` });
    const version = await createVersionAvecCcps(seed.db, 3);
    const noms = [
      { nomNaissance: `NGUYỄN${tag}`, prenoms: "Thị Lan", civilite: "Madame" },
      { nomNaissance: `ØRSTED${tag}`, prenoms: "Søren", civilite: "Monsieur" },
      { nomNaissance: `KOWALSKI${tag}`, prenoms: "Łukasz", civilite: "Monsieur" },
    ];
    const candidatIds = [];
    for (const n of noms) candidatIds.push((await createCandidatRow(seed.db, { ...n, dateNaissance: "1991-04-02", createdByCentreId: centre.id })).id);
    const s = await createSessionAvecCandidats(seed.db, { centreId: centre.id, statut: "transmise", version, candidatIds, dateDebut: "2026-11-16" });
    await seed.db.update(sessions).set({ transmiseAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(sessions.id, s.session.id));
    const [nguyen, orsted, lukasz] = s.inscriptions.map((i) => i.id) as [string, string, string];
    await writeResultatRow(seed.db, nguyen, s.ccps, { decision: "titre_obtenu", issues: { 1: "acquis", 2: "acquis", 3: "acquis" } });
    await writeResultatRow(seed.db, orsted, s.ccps, { decision: "partiel", issues: { 1: "acquis", 2: "non_acquis", 3: "non_acquis" } });
    await writeResultatRow(seed.db, lukasz, s.ccps, { decision: "ajourne", issues: { 1: "non_acquis", 2: "non_presente", 3: "non_acquis" } });

    const ud = await seed.user("regional", { regionCode: "76", departementCode: "30", prenom: "Delphine", nom: `GARDOISE${tag}` });
    await loginAs(page, ud);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Sessions à valider" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sessions à valider" })).toBeVisible();
    const table = page.getByRole("table", { name: "Sessions à valider" });
    const row = table.getByRole("row").filter({ hasText: s.session.numero });
    await expect(row).toContainText(`CFA DES GARRIGUES ${tag}`);
    await expect(row).toContainText("depuis 3 jours");
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");
    await expect(row.getByRole("cell").nth(5)).toHaveText("1");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/validations-file.png`, fullPage: true });

    await row.getByRole("link", { name: s.session.numero }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Validation de la session ${s.session.numero}` })).toBeVisible();
    const resultats = page.getByRole("table", { name: "Résultats de la session (lecture seule)" });
    await expect(resultats.getByRole("row").filter({ hasText: `NGUYỄN${tag} Thị Lan` })).toContainText("Titre obtenu");
    await expect(resultats.getByRole("row").filter({ hasText: `ØRSTED${tag} Søren` })).toContainText("Partiel");
    await expect(resultats.getByRole("row").filter({ hasText: `KOWALSKI${tag} Łukasz` })).toContainText("Non présenté");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/validations-session.png`, fullPage: true });

    await page.getByRole("button", { name: "Valider", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Valider les résultats de cette session ?" });
    await expect(dialog).toContainText("1 parchemin sera délivré et numéroté, 1 livret de certification.");
    await dialog.getByRole("button", { name: "Valider", exact: true }).click();
    await expect(page.getByText(`Session validée le`)).toBeVisible();
    await expect(page.getByText(`par Delphine GARDOISE${tag}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Valider", exact: true })).toHaveCount(0);

    const [parchemin] = await seed.db.select({ numero: parchemins.numero, lieu: parchemins.lieuDelivranceNom }).from(parchemins).where(eq(parchemins.inscriptionId, nguyen));
    expect(parchemin?.lieu).toBe("Nîmes");
    const numero = parchemin!.numero!;
    await expect(resultats.getByRole("row").filter({ hasText: `NGUYỄN${tag}` })).toContainText(`${numero.slice(0, 4)}-${numero.slice(4, 8)}-${numero.slice(8)}`);
    await expect(page.getByRole("heading", { name: "Rectifier un résultat" })).toBeVisible();

    await page.goto("/validations");
    await expect(page.getByRole("table", { name: "Sessions à valider" }).getByText(s.session.numero)).toHaveCount(0);
  });
});
