import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { agrements, candidats, inscriptions } from "@/db/schema";
import { createCandidatRow } from "../fixtures/candidats";
import { createSessionRow } from "../fixtures/sessions";
import { expect, loginAs, test } from "./support/fixtures";
import { seriousViolations } from "./support/axe";
import { seedJuresCommunes } from "./support/jures";

const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe("candidats : une fiche par personne (R5)", () => {
  test("un centre inscrit une candidate qui revient : il est conduit vers sa fiche existante (masquée), sans doublon", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const tag = randomUUID().replace(/[^a-f]/g, "").slice(0, 6).toUpperCase();
    const nom = `MARTIN${tag}`;
    const titre = await seed.titreVersion();
    const setup = async (centreId: string, departementCode: string, dateDebut: string) => {
      const site = await seed.site(centreId, `Plateau ${tag}`);
      const [agrement] = await seed.db
        .insert(agrements)
        .values({ centreId, titreVersionId: titre.versionId, siteId: site.id, statut: "acceptee", dateDecision: "2024-01-15", validFrom: "2024-01-15", validTo: "2029-12-31" })
        .returning({ id: agrements.id });
      return createSessionRow(seed.db, { centreId, siteId: site.id, titreVersionId: titre.versionId, agrementId: agrement!.id, dateDebut, departementCode, regionCode: "76", statut: "declaree" });
    };
    const gard = await seed.centre({ raisonSociale: `16 30 FORMATION ${tag}` });
    const herault = await seed.centre({ raisonSociale: `CENTRE HÉRAULT ${tag}`, departementCode: "34", codePostal: "34000", communeCode: "34172", communeNom: "Montpellier" });
    const session = await setup(gard.id, "30", "2027-06-14");
    const ancienne = await setup(herault.id, "34", "2025-02-10");
    // She passed a session in the Hérault two years ago: the Gard centre does not know her record.
    const sophie = await createCandidatRow(seed.db, { nomNaissance: nom, prenoms: "Sophie Anne", createdByCentreId: herault.id, email: `sophie.${tag.toLowerCase()}@exemple.fr`, telephone: "06 11 22 33 44" });
    await seed.db.insert(inscriptions).values({ sessionId: ancienne.id, candidatId: sophie.id, parcours: "formation_continue" });
    const centreUser = await seed.user("centre", { centreId: gard.id });

    await loginAs(page, centreUser);
    expect((await page.goto(`/candidats/${sophie.id}`))?.status()).toBe(404);
    await page.goto(`/sessions/${session.id}/candidats`);
    await expect(page.getByTestId("candidats-vide")).toBeVisible();
    await page.getByRole("link", { name: "Saisir l'identité d'un candidat" }).click();
    await page.getByLabel(/^Parcours pour la session/).selectOption("vae");
    await page.getByLabel("Civilité").selectOption("Madame");
    await page.getByLabel("Nom de naissance", { exact: true }).fill(`Martin${tag.toLowerCase()}`);
    await page.getByLabel(/^Prénoms/).fill("sophie anne");
    await page.getByLabel(/^Date de naissance/).fill("12/03/1990");
    await page.getByRole("combobox", { name: /^Commune de naissance/ }).fill("nimes");
    await page.getByRole("option", { name: /^Nîmes/ }).first().click();
    await page.getByRole("button", { name: "Vérifier et inscrire" }).click();

    const existante = page.getByTestId("fiche-existante");
    await expect(existante).toContainText(`Cette personne a déjà une fiche : ${nom} S*** A***, née le 12/03/1990 à Nîmes`);
    await expect(existante).not.toContainText("exemple.fr");
    await expect(existante).not.toContainText("HÉRAULT");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/candidats-fiche-existante.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await existante.getByRole("button", { name: "Inscrire cette personne à la session" }).click();

    await expect(page.getByText("Le candidat est inscrit à la session.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Candidats inscrits (1 sur 12 places)" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`${nom} Sophie Anne`) })).toContainText("VAE");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/candidats-session.png`, fullPage: true });
    expect(await seed.db.select({ id: candidats.id }).from(candidats).where(eq(candidats.nomNaissance, nom))).toHaveLength(1);

    // Registered in its session, she is now one of the centre's candidates: the record and its journey open.
    await page.getByRole("link", { name: new RegExp(`${nom} Sophie Anne`) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Madame ${nom} Sophie Anne`);
    await expect(page).toHaveTitle(`Fiche candidat — ${nom} Sophie Anne — CERES`);
    await expect(page.getByRole("row", { name: new RegExp(session.numero) })).toContainText("VAE");
    await expect(page.getByRole("row", { name: new RegExp(ancienne.numero) })).toContainText("Formation continue");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/candidats-fiche.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: "Historique" }).click();
    await expect(page.getByRole("row", { name: /Inscription à une session/ })).toBeVisible();
    await page.goto(`/sessions/${session.id}/candidats/import`);
    await expect(page.getByRole("heading", { name: "Importer les candidats de la session" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Candidats" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tab", { name: "Informations" })).toHaveAttribute("aria-selected", "false");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/candidats-import.png`, fullPage: true });
    await page.goto(`/candidats?q=${nom.toLowerCase()}`);
    await expect(page.getByRole("row", { name: new RegExp(nom) })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("un centre saisit une personne proche d'une fiche existante : il voit la ressemblance et ses raisons, confirme, la fiche est créée et la confirmation tracée", async ({ page, seed }) => {
    await seedJuresCommunes(seed.db);
    const tag = randomUUID().replace(/[^a-f]/g, "").slice(0, 6).toUpperCase();
    const nom = `KOWALSKI${tag}`;
    const titre = await seed.titreVersion();
    const setup = async (centreId: string, departementCode: string, dateDebut: string) => {
      const site = await seed.site(centreId, `Plateau ${tag}`);
      const [agrement] = await seed.db
        .insert(agrements)
        .values({ centreId, titreVersionId: titre.versionId, siteId: site.id, statut: "acceptee", dateDecision: "2024-01-15", validFrom: "2024-01-15", validTo: "2029-12-31" })
        .returning({ id: agrements.id });
      return createSessionRow(seed.db, { centreId, siteId: site.id, titreVersionId: titre.versionId, agrementId: agrement!.id, dateDebut, departementCode, regionCode: "76", statut: "declaree" });
    };
    const gard = await seed.centre({ raisonSociale: `16 30 FORMATION ${tag}` });
    const herault = await seed.centre({ raisonSociale: `CENTRE HÉRAULT ${tag}`, departementCode: "34", codePostal: "34000", communeCode: "34172", communeNom: "Montpellier" });
    const session = await setup(gard.id, "30", "2027-06-21");
    const ancienne = await setup(herault.id, "34", "2025-04-07");
    // Another Łukasz, born on the 7th of April (04/07 typed as 07/04 gives a close match, not the same person).
    const autre = await createCandidatRow(seed.db, { civilite: "Monsieur", nomNaissance: nom, prenoms: "Łukasz", dateNaissance: "1987-04-07", createdByCentreId: herault.id, email: `lukasz.${tag.toLowerCase()}@exemple.fr` });
    await seed.db.insert(inscriptions).values({ sessionId: ancienne.id, candidatId: autre.id, parcours: "apprentissage" });
    const centreUser = await seed.user("centre", { centreId: gard.id });

    await loginAs(page, centreUser);
    await page.goto(`/sessions/${session.id}/candidats`);
    await page.getByRole("link", { name: "Saisir l'identité d'un candidat" }).click();
    await expect(page).toHaveURL(`/sessions/${session.id}/candidats/nouveau`);
    await expect(page.getByRole("tab", { name: "Candidats" })).toHaveAttribute("aria-selected", "true");
    await page.getByLabel(/^Parcours pour la session/).selectOption("formation_continue");
    await page.getByLabel("Civilité").selectOption("Monsieur");
    await page.getByLabel("Nom de naissance", { exact: true }).fill(nom);
    await page.getByLabel(/^Prénoms/).fill("Łukasz");
    await page.getByLabel(/^Date de naissance/).fill("04/07/1987");
    await page.getByRole("combobox", { name: /^Commune de naissance/ }).fill("nimes");
    await page.getByRole("option", { name: /^Nîmes/ }).first().click();
    await page.getByRole("button", { name: "Vérifier et inscrire" }).click();

    const proches = page.getByTestId("fiches-proches");
    await expect(proches.getByRole("heading", { name: /^Une fiche proche existe/ })).toBeVisible();
    // Masked: the centre does not learn this stranger's journey nor contact.
    await expect(proches).toContainText(`${nom} Ł***, né le 07/04/1987 à Nîmes — ressemblance`);
    await expect(proches).toContainText(/ressemblance \d{2} %/);
    await expect(proches).toContainText("Jour et mois de naissance inversés");
    await expect(proches).toContainText("Même premier prénom");
    await expect(proches).not.toContainText("exemple.fr");
    await expect(proches).not.toContainText("HÉRAULT");
    const creer = proches.getByRole("button", { name: "Créer quand même" });
    await expect(creer).toBeDisabled();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/candidats-fiche-proche.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // The DSFR checkbox is drawn by its label: the user clicks the label.
    await proches.getByText("J'ai vérifié : aucune de ces fiches ne correspond à cette personne").click();
    await expect(proches.getByRole("checkbox", { name: /^J'ai vérifié/ })).toBeChecked();
    await creer.click();

    await expect(page).toHaveURL(`/sessions/${session.id}/candidats?inscrit=1`);
    await expect(page.getByText("Le candidat est inscrit à la session.")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`${nom} Łukasz`) })).toContainText("Formation continue");
    const rows = await seed.db.select({ id: candidats.id, dateNaissance: candidats.dateNaissance }).from(candidats).where(eq(candidats.nomNaissance, nom));
    expect(rows.map((r) => r.dateNaissance).sort()).toEqual(["1987-04-07", "1987-07-04"]);

    await page.getByRole("link", { name: new RegExp(`${nom} Łukasz`) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Monsieur ${nom} Łukasz`);
    await page.getByRole("tab", { name: "Historique" }).click();
    const confirmation = page.getByRole("row", { name: /Création confirmée malgré des fiches proches/ });
    await expect(confirmation).toBeVisible();
    await expect(confirmation).toContainText("Création confirmée par l'utilisateur après affichage des fiches proches.");
    await expect(confirmation).toContainText(`${nom} Ł***`);
    await expect(confirmation).toContainText("Jour et mois de naissance inversés");
  });
});
