import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { agrements, candidatDoublons, candidats, inscriptions } from "@/db/schema";
import { createCandidatRow } from "../fixtures/candidats";
import { createSessionRow } from "../fixtures/sessions";
import { expect, loginAs, test } from "./support/fixtures";

const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe("candidats : fusion des doublons", () => {
  test("une DREETS fusionne une paire en choisissant les champs, suit l'ancienne adresse, puis annule la fusion", async ({ page, seed }) => {
    const tag = randomUUID().replace(/[^a-f]/g, "").slice(0, 6).toUpperCase();
    const titre = await seed.titreVersion();
    const centre = await seed.centre({ raisonSociale: `16 30 FORMATION ${tag}` });
    const site = await seed.site(centre.id, `Plateau ${tag}`);
    const [agrement] = await seed.db
      .insert(agrements)
      .values({ centreId: centre.id, titreVersionId: titre.versionId, siteId: site.id, statut: "acceptee", dateDecision: "2024-01-15", validFrom: "2024-01-15", validTo: "2029-12-31" })
      .returning({ id: agrements.id });
    const session = await createSessionRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: titre.versionId, agrementId: agrement!.id, dateDebut: "2027-06-14", departementCode: "30", regionCode: "76", statut: "declaree" });
    const residence = { residenceCommuneCode: "30189", residenceCommuneNom: "Nîmes", residenceDepartementCode: "30", residenceRegionCode: "76" };
    const conservee = await createCandidatRow(seed.db, { nomNaissance: `LEFÈVRE${tag}`, prenoms: "Sophie Anne", createdByCentreId: centre.id, ...residence });
    const doublon = await createCandidatRow(seed.db, {
      nomNaissance: `LEFEBVRE${tag}`,
      nomUsage: "ØRSTED",
      prenoms: "Sophie, Anne",
      email: `s.orsted.${tag.toLowerCase()}@exemple.fr`,
      createdByCentreId: centre.id,
      ...residence,
    });
    await seed.db.insert(inscriptions).values({ sessionId: session.id, candidatId: doublon.id, parcours: "vae" });
    const [a, b] = [conservee.id, doublon.id].sort() as [string, string];
    const [paire] = await seed.db.insert(candidatDoublons).values({ candidatAId: a, candidatBId: b, score: 0.97, raisons: ["nom_proche", "prenom_identique", "date_identique"] }).returning();
    const dreets = await seed.user("regional");
    const lettre = (id: string) => (id === a ? "A" : "B");

    await loginAs(page, dreets);
    await page.goto(`/candidats/doublons?score=90`);
    await expect(page.getByRole("table", { name: "Paires de fiches à examiner" })).toContainText(`LEFEBVRE${tag}`);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/fusion-table.png`, fullPage: true });
    await page.getByRole("link", { name: new RegExp(`comparer les fiches .*${tag}`) }).click();
    await expect(page).toHaveURL(`/candidats/doublons/${paire!.id}`);
    await expect(page).toHaveTitle(new RegExp(`^Comparer deux fiches candidats — .*${tag}.* et .*${tag}`));

    await page.getByRole("group", { name: /^Fiche conservée/ }).getByText(`Fiche ${lettre(conservee.id)} —`).click();
    // The given names are left alone: the kept record's "Sophie Anne" is proposed, whichever side it is on.
    await expect(page.getByRole("group", { name: "Prénoms" }).getByLabel(`${lettre(conservee.id)} : Sophie Anne`, { exact: true })).toBeChecked();
    await page.getByRole("group", { name: "Nom de naissance" }).getByText(`${lettre(doublon.id)} : LEFEBVRE${tag}`).click();
    await page.getByRole("group", { name: "Nom d'usage" }).getByText(`${lettre(doublon.id)} : ØRSTED`).click();
    await page.getByRole("group", { name: "Courriel" }).getByText(new RegExp(`^${lettre(doublon.id)} : s\\.orsted`)).click();
    await expect(page.getByText(`Inscription à la session ${session.numero}`)).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/fusion-comparaison.png`, fullPage: true });
    await page.getByRole("button", { name: "Fusionner" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Confirmer la fusion" }).click();

    await expect(page).toHaveURL(new RegExp(`/candidats/${conservee.id}\\?fusion=`));
    await expect(page.getByText("Les deux fiches sont fusionnées")).toBeVisible();
    await expect(page.getByText(`s.orsted.${tag.toLowerCase()}@exemple.fr`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`(née LEFEBVRE${tag})`);
    await expect(page).toHaveTitle(new RegExp(`^Fiche candidat — ØRSTED Sophie Anne \\(née LEFEBVRE${tag}\\)`));
    await expect(page.getByRole("cell", { name: session.numero })).toBeVisible();

    await page.goto(`/candidats/${doublon.id}`);
    await expect(page).toHaveURL(`/candidats/${conservee.id}`);

    await page.getByRole("link", { name: /^Fusion du / }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Fusion de la fiche LEFEBVRE${tag} .*dans la fiche LEFÈVRE${tag} Sophie Anne`) })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^Fusion de fiches candidats — LEFEBVRE${tag}`));
    await expect(page.getByText("Courriel : valeur de la fiche fusionnée")).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/fusion-fiche.png`, fullPage: true });
    await page.getByRole("button", { name: "Annuler la fusion" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Confirmer l'annulation" }).click();
    await expect(page).toHaveURL(`/candidats/${conservee.id}`);
    await expect(page.getByRole("heading", { level: 2, name: "Fusions" })).toHaveCount(0);

    const rows = await seed.db.select({ id: candidats.id, mergedIntoId: candidats.mergedIntoId, email: candidats.email }).from(candidats).where(eq(candidats.id, doublon.id));
    expect(rows[0]!.mergedIntoId).toBeNull();
    const [ins] = await seed.db.select().from(inscriptions).where(eq(inscriptions.sessionId, session.id));
    expect(ins!.candidatId).toBe(doublon.id);
    await page.goto(`/candidats/${doublon.id}`);
    await expect(page).toHaveURL(`/candidats/${doublon.id}`);
  });
});
