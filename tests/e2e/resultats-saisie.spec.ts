import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { inscriptions, parchemins } from "@/db/schema";
import { addDays, addYears, formatIsoDate, todayInParis } from "@/lib/dates";
import { createCandidatRow } from "../fixtures/candidats";
import { createJureRow } from "../fixtures/jures";
import { pdfText } from "../fixtures/pdf";
import { createVersionAvecCcps } from "../fixtures/resultats";
import { convokeJureRow, createAgrementRow, createSessionRow } from "../fixtures/sessions";
import { uniqueTag } from "../fixtures/unique";
import { expect, loginAs, test } from "./support/fixtures";

type Plan = "titre" | "partiel" | "absent";

test.describe("onglet Résultats : saisie au clavier", () => {
  test("un centre saisit au clavier seul les résultats de cinq candidats (un partiel, un absent, trois titres), les marque saisis, télécharge le PV et transmet ; l'UD du Gard valide ; les fiches montrent la décision, le parchemin et le livret", async ({ page, browser, seed }) => {
    // Fifty key presses, each saved row refreshes the page, then the whole chain to validation: generous on a shared two-core machine.
    test.setTimeout(420_000);
    const tag = uniqueTag().toUpperCase().replace(/[0-9-]/g, "X");
    const centre = await seed.centre({ raisonSociale: `CFA DES GARRIGUES ${tag}` });
    const site = await seed.site(centre.id, `Plateau ${tag}`);
    const version = await createVersionAvecCcps(seed.db, 3);
    const agrement = await createAgrementRow(seed.db, { centreId: centre.id, siteId: site.id, titreVersionId: version.id });
    // The session was held two days ago and yesterday (Paris): entry is open.
    const today = todayInParis();
    const session = await createSessionRow(seed.db, {
      centreId: centre.id,
      siteId: site.id,
      titreVersionId: version.id,
      agrementId: agrement.id,
      dateDebut: addDays(today, -2),
      dateFin: addDays(today, -1),
      statut: "jury_constitue",
    });
    for (const nom of ["GARRIGUE", "CÉVENNES"]) await convokeJureRow(seed.db, session.id, (await createJureRow(seed.db, { nomNaissance: `${nom}${tag}` })).id);
    // In the grid's (alphabetical) order, with what the jury decided for each.
    const personnes: { nomNaissance: string; prenoms: string; plan: Plan }[] = [
      { nomNaissance: `ÅSTRÖM${tag}`, prenoms: "Anaïs", plan: "titre" },
      { nomNaissance: `DUPONT-L'HERMITTE${tag}`, prenoms: "Zoë Marie", plan: "absent" },
      { nomNaissance: `KOWALSKI${tag}`, prenoms: "Łukasz", plan: "partiel" },
      { nomNaissance: `NGUYỄN${tag}`, prenoms: "Thị Lan", plan: "titre" },
      { nomNaissance: `ØRSTED${tag}`, prenoms: "Søren", plan: "titre" },
    ];
    const candidats = [];
    for (const p of personnes) {
      const row = await createCandidatRow(seed.db, { nomNaissance: p.nomNaissance, prenoms: p.prenoms, createdByCentreId: centre.id });
      await seed.db.insert(inscriptions).values({ sessionId: session.id, candidatId: row.id, parcours: "formation_continue" });
      candidats.push({ ...p, id: row.id, nom: `${p.nomNaissance} ${p.prenoms}` });
    }
    const user = await seed.user("centre", { centreId: centre.id });
    await loginAs(page, user);

    await page.goto(`/sessions/${session.id}/resultats`);
    const grille = page.getByRole("table", { name: "Saisie des résultats, une ligne par candidat" });
    await expect(grille.getByRole("row")).toHaveCount(6);

    // Too early: nobody has a decision yet.
    const marquer = page.getByRole("button", { name: "Marquer les résultats comme saisis" });
    await marquer.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Les résultats ne peuvent pas être marqués saisis : 5 candidats n'ont pas de décision")).toBeVisible();

    // From the first cell on, only the keyboard: Tab to the next cell, arrows to choose, Enter on the row's button.
    await grille.getByRole("combobox", { name: `Présence — ${candidats[0]!.nom}` }).focus();
    const key = (k: string, times = 1) => Array.from({ length: times }).reduce<Promise<void>>((p) => p.then(() => page.keyboard.press(k)), Promise.resolve());
    for (const c of candidats) {
      const ligne = grille.getByRole("row", { name: new RegExp(c.nom.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
      await expect(ligne.getByRole("combobox", { name: `Présence — ${c.nom}` })).toBeFocused();
      if (c.plan === "absent") {
        await key("ArrowDown", 2);
        await expect(ligne.getByRole("combobox", { name: `Décision — ${c.nom}` })).toHaveValue("absent");
        await key("Tab"); // the CCP and decision lists are disabled: straight to the button
      } else {
        await key("ArrowDown");
        const issues = c.plan === "partiel" ? [1, 2, 2] : [1, 1, 1];
        for (const n of issues) {
          await key("Tab");
          await key("ArrowDown", n);
        }
        await key("Tab");
        const decision = ligne.getByRole("combobox", { name: `Décision — ${c.nom}` });
        await expect(decision).toBeFocused();
        await expect(decision).toHaveValue(c.plan === "partiel" ? "partiel" : "titre_obtenu");
        await expect(ligne.getByText("Proposée d'après les CCP")).toBeVisible();
        await expect(ligne.getByText("Modifiée, non enregistrée")).toBeVisible();
        if (c.plan === "partiel") {
          // A decision R10 does not allow is shown beside the cell, then corrected.
          await key("ArrowUp");
          await expect(ligne.getByText("Titre obtenu impossible : les CCP 2, 3 ne sont pas acquis.")).toBeVisible();
          await key("ArrowDown");
          await expect(ligne.getByText("Titre obtenu impossible")).toHaveCount(0);
        }
        await key("Tab");
      }
      await expect(ligne.getByRole("button", { name: `Enregistrer la ligne de ${c.nom}` })).toBeFocused();
      await key("Enter");
      await expect(ligne.getByText("Enregistrée")).toBeVisible();
      await key("Tab");
    }
    await expect(page.getByTestId("resultats-compte")).toHaveText("5 candidats sur 5 avec une décision enregistrée.");
    await page.screenshot({ path: test.info().outputPath("resultats-saisie.png"), fullPage: true });

    await expect(marquer).toBeFocused();
    await key("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Résultats saisis");
    await expect(page.getByText("Les résultats sont marqués saisis.")).toBeVisible();

    // The Historique tab lists each row's entry; the candidate page shows the decision and R10's date.
    await page.goto(`/sessions/${session.id}/historique`);
    await expect(page.getByText("Saisie du résultat d'un candidat")).toHaveCount(5);
    const partiel = candidats.find((c) => c.plan === "partiel")!;
    await page.goto(`/candidats/${partiel.id}`);
    const resultats = page.getByTestId("resultats-candidat");
    await expect(resultats).toContainText("Décision : Partiel");
    await expect(resultats).toContainText("CCP 2 Compétence 2 du titre : Non acquis");
    const limite = formatIsoDate(addYears(addDays(today, -1), 1));
    await expect(page.getByTestId("representation")).toHaveText(`Peut se représenter sans nouveau parcours de formation jusqu'au ${limite} (sous réserve de la validation des résultats).`);

    // The attendance sheet of the first day, from the Documents tab.
    await page.goto(`/sessions/${session.id}/documents`);
    const downloading = page.waitForEvent("download");
    await page.getByTestId("feuilles-emargement").getByRole("link").first().click();
    const text = pdfText(await readFile((await (await downloading).path())!));
    expect(text).toContain("Feuille d'émargement");
    for (const c of candidats) expect(text).toContain(c.nom);
    expect(text).toContain(`GARRIGUE${tag} Camille`);

    // The PV of the session (PDF read), then the transmission to the UD with the signed scan attached.
    const pvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "PV de session (PDF)" }).click();
    const pvPath = (await (await pvDownload).path())!;
    const pv = pdfText(await readFile(pvPath));
    expect(pv).toContain("Procès-verbal de la session d'examen");
    expect(pv).toContain(session.numero);
    for (const c of candidats) expect(pv).toContain(c.nomNaissance);
    for (const decision of ["Titre obtenu", "Partiel", "Absent"]) expect(pv).toContain(decision);
    await page.getByLabel("PV signé (facultatif)").setInputFiles({ name: "pv-signe.pdf", mimeType: "application/pdf", buffer: await readFile(pvPath) });
    await page.getByRole("button", { name: "Transmettre la session" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Transmise");
    await expect(page.getByTestId("pv-signe")).toContainText("pv-signe.pdf");

    // The UD du Gard validates it from its queue.
    const ud = await seed.user("regional", { regionCode: "76", departementCode: "30", prenom: "Delphine", nom: `GARDOISE${tag}` });
    const udPage = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
    await loginAs(udPage, ud);
    await udPage.goto("/validations");
    await udPage.getByRole("table", { name: "Sessions à valider" }).getByRole("link", { name: session.numero }).click();
    const lecture = udPage.getByRole("table", { name: "Résultats de la session (lecture seule)" });
    await expect(lecture.getByRole("row").filter({ hasText: partiel.nom })).toContainText("Partiel");
    await udPage.getByRole("button", { name: "Valider", exact: true }).click();
    await udPage.getByRole("dialog", { name: "Valider les résultats de cette session ?" }).getByRole("button", { name: "Valider", exact: true }).click();
    await expect(udPage.getByText("Session validée le")).toBeVisible();

    // The candidate pages: a title holder's decision and numbered parchemin; the partial candidate's livret lists CCP 1.
    const titulaire = candidats.find((c) => c.plan === "titre")!;
    const [inscriptionTitulaire] = await seed.db.select({ id: inscriptions.id }).from(inscriptions).where(eq(inscriptions.candidatId, titulaire.id));
    const [parchemin] = await seed.db.select({ numero: parchemins.numero }).from(parchemins).where(eq(parchemins.inscriptionId, inscriptionTitulaire!.id));
    const numero = parchemin!.numero!;
    await udPage.goto(`/candidats/${titulaire.id}`);
    await expect(udPage.getByTestId("resultats-candidat")).toContainText("Décision : Titre obtenu");
    await expect(udPage.getByRole("heading", { name: new RegExp(`n° ${numero.slice(0, 4)}-${numero.slice(4, 8)}-${numero.slice(8)}`) })).toBeVisible();
    await page.goto(`/candidats/${partiel.id}`);
    await expect(page.getByTestId("resultats-candidat")).toContainText("Décision : Partiel");
    const livret = page.getByTestId("livrets").getByRole("table", { name: "CCP acquis : 1 sur 3" });
    await expect(livret.getByRole("row", { name: /CCP 1/ })).toContainText(session.numero);
    await expect(livret.getByRole("row", { name: /CCP 2/ })).toHaveCount(0);
  });
});
