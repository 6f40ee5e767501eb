import { readFile, writeFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { livrets, sessions } from "@/db/schema";
import { DEMO_PASSWORD, seedDemo } from "@/db/seed/demo";
import { DEMO_CANDIDATE_PARTIELLE } from "@/db/seed/demo-resultats";
import { createCandidatRow } from "../fixtures/candidats";
import { pdfText } from "../fixtures/pdf";
import { createSessionAvecCandidats, createVersionAvecCcps, writeResultatRow } from "../fixtures/resultats";
import { uniqueTag } from "../fixtures/unique";
import { expect, loginAs, test } from "./support/fixtures";

const SHOTS = process.env.E2E_SCREENSHOTS;

async function signedIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await loginAs(page, user);
  return page;
}

test.describe("livret de certification", () => {
  test("la fiche d'un candidat partiel dans deux sessions validées liste les CCP acquis et le livret se télécharge (PDF lu)", async ({ browser, seed }) => {
    test.setTimeout(120_000);
    const centre = await seed.centre();
    const user = await seed.user("centre", { centreId: centre.id });
    const nom = `KOWALSKI-${uniqueTag().toUpperCase()}`;
    const candidat = await createCandidatRow(seed.db, { nomNaissance: nom, prenoms: "Łukasz", civilite: "Monsieur", dateNaissance: "1979-12-01", createdByCentreId: centre.id });
    const version = await createVersionAvecCcps(seed.db, 3);
    const valider = async (dateDebut: string, valideeLe: string, issues: Record<number, "acquis" | "non_acquis" | "non_presente">) => {
      const s = await createSessionAvecCandidats(seed.db, { centreId: centre.id, version, candidatIds: [candidat.id], statut: "validee", dateDebut });
      await writeResultatRow(seed.db, s.inscriptions[0]!.id, s.ccps, { decision: "partiel", issues });
      await seed.db.update(sessions).set({ transmiseAt: new Date(`${valideeLe}T07:00:00Z`), valideeAt: new Date(`${valideeLe}T09:00:00Z`) }).where(eq(sessions.id, s.session.id));
      await seed.db.insert(livrets).values({ inscriptionId: s.inscriptions[0]!.id, delivreLe: valideeLe });
      return s.session.numero;
    };
    const numeroA = await valider("2027-03-15", "2027-03-20", { 1: "acquis", 2: "non_acquis", 3: "non_acquis" });
    const numeroB = await valider("2027-06-21", "2027-06-25", { 1: "non_presente", 2: "non_acquis", 3: "acquis" });

    const page = await signedIn(browser, user);
    await page.goto(`/candidats/${candidat.id}`);
    const section = page.getByTestId("livrets");
    await expect(section.getByRole("heading", { name: "Livrets de certification" })).toBeVisible();
    await expect(section.getByRole("heading", { name: `${version.titre.code} ${version.titre.intitule} — millésime 01 (01/01/2020)` })).toBeVisible();
    const table = section.getByRole("table", { name: "CCP acquis : 2 sur 3" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("row", { name: /CCP 1/ })).toContainText(`Compétence 1 du titre${numeroA}`);
    await expect(table.getByRole("row", { name: /CCP 3/ })).toContainText(numeroB);
    await expect(table.getByRole("row", { name: /CCP 2/ })).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/livret-fiche-candidat.png`, fullPage: true });

    const downloading = page.waitForEvent("download");
    await section.getByRole("link", { name: new RegExp(`Livret du 25/06/2027 \\(session ${numeroB}\\)`) }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`livret-${version.titre.code.toLowerCase()}-${nom.toLowerCase()}-lukasz-2027-06-25.pdf`);
    const pdf = await readFile((await download.path())!);
    if (SHOTS) await writeFile(`${SHOTS}/livret.pdf`, pdf);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("République française — Ministère du Travail");
    expect(text).toContain(`Monsieur ${nom} Łukasz`);
    expect(text).toContain(`CCP 1 Compétence 1 du titre ${numeroA} 15/03/2027`);
    expect(text).toContain(`CCP 3 Compétence 3 du titre ${numeroB} 21/06/2027`);
    expect(text).toContain("Fait à Nîmes, le 25/06/2027");
  });
});

test.describe("pages d'accueil sur les données de démonstration", () => {
  test("l'UD du Gard voit ses sessions à valider et la plus ancienne, le centre ses sessions par statut et sa réussite, la DREETS ses départements ; la fiche de la candidate partielle a son livret", async ({ browser, seed }) => {
    test.setTimeout(120_000);
    // Another spec may load the demo at the same moment: the loser of that race finds it loaded on its second try.
    await seed.db.transaction((tx) => seedDemo(tx)).catch(() => seed.db.transaction((tx) => seedDemo(tx)));
    const demo = (email: string) => ({ email, password: DEMO_PASSWORD });

    const ud = await signedIn(browser, demo("ud30@ceres.demo"));
    await ud.goto("/");
    const aValider = ud.getByTestId("a-valider");
    await expect(aValider.getByRole("heading", { name: "Sessions à valider" })).toBeVisible();
    await expect(aValider.getByTestId("plus-ancienne")).toContainText(/La plus ancienne attend depuis le \d{2}\/\d{2}\/\d{4} \(\d+ jours?\)/);
    await expect(ud.getByRole("img", { name: /Titres obtenus par mois de validation, sur douze mois : \d+ titres? obtenus?/ })).toBeVisible();
    if (SHOTS) await ud.screenshot({ path: `${SHOTS}/accueil-ud30.png`, fullPage: true });
    await aValider.getByRole("link", { name: "Voir les sessions transmises" }).click();
    await expect(ud).toHaveURL(/\/sessions\?statut=transmise/);
    await expect(ud.getByRole("row", { name: /TP-00391/ }).first()).toContainText("Transmise");

    const centre = await signedIn(browser, demo("centre.1630@ceres.demo"));
    await centre.goto("/");
    await expect(centre.getByTestId("sessions-par-statut").getByRole("link", { name: /\d+ validée/ })).toHaveAttribute("href", "/sessions?statut=validee");
    await expect(centre.getByRole("img", { name: /Taux de réussite par titre .*TP-00391 : \d+ %/ })).toBeVisible();
    await centre.getByRole("button", { name: "Voir les données" }).click();
    await expect(centre.getByRole("table", { name: /Taux de réussite par titre/ }).getByRole("row", { name: /TP-00391/ })).toBeVisible();
    if (SHOTS) await centre.screenshot({ path: `${SHOTS}/accueil-centre.png`, fullPage: true });

    const dreets = await signedIn(browser, demo("dreets.occitanie@ceres.demo"));
    await dreets.goto("/");
    await expect(dreets.getByTestId("synthese-territoires").getByRole("row", { name: /30 — Gard/ })).toBeVisible();
    if (SHOTS) await dreets.screenshot({ path: `${SHOTS}/accueil-dreets.png`, fullPage: true });

    // The partial candidate of the validated session: her livret lists CCP 1 and CCP 3.
    await centre.goto(`/candidats?q=${encodeURIComponent(DEMO_CANDIDATE_PARTIELLE.nomNaissance)}`);
    await centre.getByRole("link", { name: new RegExp(DEMO_CANDIDATE_PARTIELLE.nomNaissance) }).first().click();
    const table = centre.getByTestId("livrets").getByRole("table", { name: "CCP acquis : 2 sur 3" });
    await expect(table.getByRole("row", { name: /CCP 1 Accompagner les personnes/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /CCP 3 Assister les personnes/ })).toBeVisible();
    if (SHOTS) await centre.screenshot({ path: `${SHOTS}/livret-demo-fiche.png`, fullPage: true });
  });
});
